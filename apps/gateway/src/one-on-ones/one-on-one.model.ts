import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';
import { LocalDateScalar } from '../organizations/local-date.scalar';

/** A one-on-one between an organizer (a user) and a person; `organizer` and `person` are resolved fields. */
@ObjectType()
export class OneOnOne {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organizerId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => LocalDateScalar)
  heldOn!: string;

  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'What the person cares about, as heard.' })
  selfInterest!: string | null;

  @Field(() => String, { nullable: true })
  concerns!: string | null;

  @Field(() => String, { nullable: true })
  commitmentAsked!: string | null;

  @Field(() => String, { nullable: true })
  commitmentMade!: string | null;

  @Field(() => String, { nullable: true })
  nextStep!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  nextStepDueOn!: string | null;

  @Field(() => Int, { nullable: true, description: '1 (new) to 5 (strong).' })
  relationshipStrength!: number | null;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}

@ObjectType()
export class OneOnOneConnection extends Connection(OneOnOne, 'OneOnOne') {}

@ObjectType()
export class WeeklyOneOnOnes {
  @Field(() => ID)
  organizerId!: string;

  @Field(() => LocalDateScalar, { description: 'The Monday the ISO week starts on.' })
  weekStart!: string;

  @Field(() => Int)
  count!: number;
}
