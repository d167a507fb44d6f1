import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/date-time.scalar';
import { LocalDateScalar } from '../organizations/local-date.scalar';

@ObjectType()
export class Training {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Who gave the training.' })
  provider!: string | null;

  @Field(() => LocalDateScalar)
  attendedOn!: string;

  @Field(() => DateTimeScalar)
  recordedAt!: string;
}

/** A role a person holds or held: committee chair, spokesperson, house-meeting host… */
@ObjectType()
export class LeadershipRole {
  @Field(() => ID)
  id!: string;

  @Field()
  role!: string;

  @Field(() => LocalDateScalar)
  startedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null while the person holds the role.' })
  endedOn!: string | null;
}

/** A person's leadership development. */
@ObjectType()
export class LeadershipProfile {
  @Field(() => [Training], { description: 'Newest first.' })
  trainings!: Training[];

  @Field(() => [String], { description: 'Sorted by name.' })
  skills!: string[];

  @Field(() => [LeadershipRole], { description: 'Roles held now first, then the newest.' })
  roles!: LeadershipRole[];
}
