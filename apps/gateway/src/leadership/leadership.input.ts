import { Field, ID, InputType } from '@nestjs/graphql';
import { LocalDateScalar } from '../organizations/local-date.scalar';

@InputType()
export class RecordTrainingInput {
  @Field(() => ID)
  personId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  provider?: string | null;

  @Field(() => LocalDateScalar)
  attendedOn!: string;
}

@InputType()
export class DeleteTrainingInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class SetPersonSkillsInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => [String], { description: 'Replaces the person’s skills; at most 50.' })
  skills!: string[];
}

@InputType()
export class AssignLeadershipRoleInput {
  @Field(() => ID)
  personId!: string;

  @Field()
  role!: string;

  @Field(() => LocalDateScalar)
  startedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true })
  endedOn?: string | null;
}

@InputType()
export class EndLeadershipRoleInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateScalar)
  endedOn!: string;
}
