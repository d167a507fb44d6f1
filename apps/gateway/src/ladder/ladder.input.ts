import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateLadderLevelInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Empty when left out.' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False when left out.' })
  countsAsLeader?: boolean | null;
}

/** Fields left out stay as they are. */
@InputType()
export class UpdateLadderLevelInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  countsAsLeader?: boolean | null;
}

@InputType()
export class ReorderLadderLevelsInput {
  @Field(() => [ID], {
    description: "Every one of the coalition's level ids exactly once, bottom rung first.",
  })
  ids!: string[];
}

@InputType()
export class DeleteLadderLevelInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class MovePersonLevelInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  levelId!: string;

  @Field({ description: 'Why the person moves; kept in their ladder history.' })
  reason!: string;
}

@InputType()
export class CreateLadderRuleInput {
  @Field()
  name!: string;

  @Field({ description: 'An event type of any service, e.g. campaigns.attendance.checked-in.' })
  eventType!: string;

  @Field(() => Int)
  minCount!: number;

  @Field(() => Int)
  windowDays!: number;

  @Field(() => ID)
  targetLevelId!: string;

  @Field(() => Boolean, { nullable: true, description: 'True when left out.' })
  active?: boolean | null;
}

/** Fields left out stay as they are. */
@InputType()
export class UpdateLadderRuleInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  eventType?: string | null;

  @Field(() => Int, { nullable: true })
  minCount?: number | null;

  @Field(() => Int, { nullable: true })
  windowDays?: number | null;

  @Field(() => ID, { nullable: true })
  targetLevelId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class DeleteLadderRuleInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class AssessmentLabelInput {
  @Field(() => Int)
  score!: number;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class UpdateAssessmentScaleInput {
  @Field(() => [AssessmentLabelInput], { description: 'The labels to set; scores left out keep theirs.' })
  labels!: AssessmentLabelInput[];
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => Int, { description: '1 to 5.' })
  score!: number;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}
