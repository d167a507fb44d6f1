import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';

/** A rung of the coalition's ladder of engagement. */
@ObjectType()
export class LadderLevel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Int, { description: '1 is the first rung; higher is further up the ladder.' })
  position!: number;

  @Field({ description: 'People at this level count as leaders.' })
  countsAsLeader!: boolean;
}

/** Where a person stands on the ladder; `person` and `level` are resolved fields. */
@ObjectType()
export class PersonLevel {
  @Field(() => DateTimeScalar, { description: 'When the person arrived at the level.' })
  since!: string;
}

@ObjectType()
export class PersonLevelConnection extends Connection(PersonLevel, 'PersonLevel') {}

/** One move on the ladder: who moved the person (a user, or a rule), when and why. */
@ObjectType()
export class LevelChange {
  @Field(() => ID)
  id!: string;

  @Field()
  reason!: string;

  @Field(() => DateTimeScalar)
  changedAt!: string;
}

@ObjectType()
export class LevelChangeConnection extends Connection(LevelChange, 'LevelChange') {}

/** Moves people up the ladder when they did `eventType` at least `minCount` times in `windowDays`. */
@ObjectType()
export class LadderRule {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The event type that counts, e.g. campaigns.attendance.checked-in.' })
  eventType!: string;

  @Field(() => Int)
  minCount!: number;

  @Field(() => Int)
  windowDays!: number;

  @Field(() => ID)
  targetLevelId!: string;

  @Field()
  active!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}

/** What a score of the coalition's 1–5 assessment scale means. */
@ObjectType()
export class AssessmentLabel {
  @Field(() => Int)
  score!: number;

  @Field()
  label!: string;

  @Field()
  description!: string;
}

@ObjectType()
export class Assessment {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 to 5 on the coalition’s assessment scale.' })
  score!: number;

  @Field()
  notes!: string;

  @Field(() => DateTimeScalar)
  assessedAt!: string;
}

@ObjectType()
export class AssessmentConnection extends Connection(Assessment, 'Assessment') {}

/** One column of the ladder board: a level, how many living people stand on it, and a page of them. */
@ObjectType()
export class LadderBoardColumn {
  @Field(() => LadderLevel)
  level!: LadderLevel;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class LadderBoard {
  @Field(() => [LadderBoardColumn], { description: 'Bottom rung first.' })
  columns!: LadderBoardColumn[];

  @Field(() => Int, { description: 'Living people not on the ladder yet.' })
  peopleWithoutLevel!: number;
}
