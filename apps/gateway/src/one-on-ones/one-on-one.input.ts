import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '../organizations/local-date.scalar';

@InputType()
export class RecordOneOnOneInput {
  @Field(() => ID, { nullable: true, description: 'A user of the coalition; the caller when left out.' })
  organizerId?: string | null;

  @Field(() => ID)
  personId!: string;

  @Field(() => LocalDateScalar)
  heldOn!: string;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true })
  selfInterest?: string | null;

  @Field(() => String, { nullable: true })
  concerns?: string | null;

  @Field(() => String, { nullable: true })
  commitmentAsked?: string | null;

  @Field(() => String, { nullable: true })
  commitmentMade?: string | null;

  @Field(() => String, { nullable: true })
  nextStep?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  nextStepDueOn?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 5.' })
  relationshipStrength?: number | null;
}

/** Fields left out stay as they are; `null` clears an optional field. */
@InputType()
export class UpdateOneOnOneInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  organizerId?: string | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  heldOn?: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true })
  selfInterest?: string | null;

  @Field(() => String, { nullable: true })
  concerns?: string | null;

  @Field(() => String, { nullable: true })
  commitmentAsked?: string | null;

  @Field(() => String, { nullable: true })
  commitmentMade?: string | null;

  @Field(() => String, { nullable: true })
  nextStep?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  nextStepDueOn?: string | null;

  @Field(() => Int, { nullable: true })
  relationshipStrength?: number | null;
}
