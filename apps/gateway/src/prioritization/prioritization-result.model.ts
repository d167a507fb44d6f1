import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/date-time.scalar';
import { ConsentPosition, PrioritizationMethod, PrioritizationOption } from './prioritization.model';

@ObjectType()
export class OptionTally {
  @Field(() => PrioritizationOption)
  option!: PrioritizationOption;

  @Field(() => Float, { description: 'STV moves fractions of votes.' })
  votes!: number;
}

@ObjectType()
export class PrioritizationCountRound {
  @Field(() => Int)
  number!: number;

  @Field(() => [OptionTally], { description: 'Options still in the count (STV: elected ones too).' })
  tallies!: OptionTally[];

  @Field(() => [PrioritizationOption], { description: 'Options that won a seat on these tallies.' })
  elected!: PrioritizationOption[];

  @Field(() => [PrioritizationOption], { description: 'The option excluded on these tallies.' })
  eliminated!: PrioritizationOption[];

  @Field(() => Float, { description: 'Votes exhausted so far.' })
  exhausted!: number;

  @Field(() => Float, { description: 'Votes that moved into these tallies from the round before.' })
  transferred!: number;

  @Field(() => Float, { description: 'STV: votes lost so far to truncating transfer values to 5 decimals.' })
  lostToRounding!: number;
}

@ObjectType()
export class PairwiseVotes {
  @Field(() => PrioritizationOption)
  a!: PrioritizationOption;

  @Field(() => PrioritizationOption)
  b!: PrioritizationOption;

  @Field(() => Float, {
    description: 'Voters preferring a to b (strongestPaths: the strongest path from a to b).',
  })
  votes!: number;
}

@ObjectType()
export class OptionTotal {
  @Field(() => PrioritizationOption)
  option!: PrioritizationOption;

  @Field(() => Float)
  value!: number;
}

@ObjectType()
export class ConsentPositionCount {
  @Field(() => ConsentPosition)
  position!: ConsentPosition;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ConsentReason {
  @Field(() => ConsentPosition)
  position!: ConsentPosition;

  @Field()
  reason!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ConsentOutcome {
  @Field()
  passed!: boolean;

  @Field(() => Int)
  blocks!: number;

  @Field(() => Int)
  objections!: number;

  @Field(() => [ConsentReason])
  reasons!: ConsentReason[];
}

@ObjectType()
export class TieBreak {
  @Field({ description: 'ELIMINATION, SURPLUS_ORDER, ELECTION_ORDER or RANKING.' })
  purpose!: string;

  @Field(() => Int, { nullable: true, description: 'The count round it was met in.' })
  round!: number | null;

  @Field(() => [PrioritizationOption])
  tied!: PrioritizationOption[];

  @Field({ description: 'EARLIER_ROUNDS or DRAW (seeded by the round’s tieBreakSeed).' })
  resolvedBy!: string;

  @Field(() => [PrioritizationOption], {
    description:
      'As settled: for ELIMINATION the first is eliminated, for SURPLUS_ORDER the first moves first.',
  })
  order!: PrioritizationOption[];

  @Field(() => Int, { nullable: true })
  drawNumber!: number | null;
}

@ObjectType()
export class PrioritizationResult {
  @Field(() => PrioritizationMethod)
  method!: PrioritizationMethod;

  @Field({ description: 'True once the round is closed; false for a live count of an open round.' })
  final!: boolean;

  @Field(() => DateTimeScalar)
  countedAt!: string;

  @Field(() => Int, { description: 'Paper ballots counted by their count.' })
  ballotsCast!: number;

  @Field()
  quorumMet!: boolean;

  @Field(() => [PrioritizationOption], { description: 'In order of election.' })
  winners!: PrioritizationOption[];

  @Field(() => [PrioritizationOption], { description: 'The full order, where the method gives one.' })
  ranking!: PrioritizationOption[];

  @Field(() => [PrioritizationCountRound], { description: 'RANKED_CHOICE and STV.' })
  rounds!: PrioritizationCountRound[];

  @Field(() => Float, { nullable: true, description: 'STV: the Droop quota.' })
  quota!: number | null;

  @Field(() => [PairwiseVotes], { description: 'SCHULZE.' })
  pairwise!: PairwiseVotes[];

  @Field(() => [PairwiseVotes], { description: 'SCHULZE.' })
  strongestPaths!: PairwiseVotes[];

  @Field(() => [OptionTotal], { description: 'SCORE (sum), DOT and APPROVAL.' })
  totals!: OptionTotal[];

  @Field(() => [ConsentPositionCount], { description: 'CONSENT.' })
  positions!: ConsentPositionCount[];

  @Field(() => ConsentOutcome, { nullable: true, description: 'CONSENT.' })
  consent!: ConsentOutcome | null;

  @Field(() => [TieBreak])
  tieBreaks!: TieBreak[];
}
