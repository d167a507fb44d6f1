import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/date-time.scalar';
import { ConsentPosition, PrioritizationMethod, ResultsVisibility } from './prioritization.model';

@InputType()
export class PrioritizationOptionInput {
  @Field({ description: 'Unique within the round.' })
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  candidateIssueId?: string | null;
}

@InputType()
export class CreatePrioritizationRoundInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => PrioritizationMethod)
  method!: PrioritizationMethod;

  @Field(() => Int, {
    nullable: true,
    description: 'Winners wanted; 1 when left out (RANKED_CHOICE: always 1).',
  })
  seats?: number | null;

  @Field(() => [PrioritizationOptionInput], { description: 'In the order ballots show them; at most 100.' })
  options!: PrioritizationOptionInput[];

  @Field(() => Int, { nullable: true, description: 'Ballots needed for the result to stand.' })
  quorum?: number | null;

  @Field(() => ResultsVisibility, { nullable: true, description: 'AFTER_CLOSE when left out.' })
  resultsVisibility?: ResultsVisibility | null;

  @Field(() => Boolean, { nullable: true, description: 'False when left out.' })
  secret?: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true })
  opensAt?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closesAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'DOT rounds: required.' })
  dotsPerVoter?: number | null;

  @Field(() => Int, { nullable: true, description: 'SCORE rounds: 0 when left out.' })
  scoreMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'SCORE rounds: 5 when left out.' })
  scoreMax?: number | null;

  @Field(() => String, { nullable: true, description: 'A random seed when left out.' })
  tieBreakSeed?: string | null;
}

@InputType()
export class OpenPrioritizationRoundInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class ClosePrioritizationRoundInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class OptionScoreInput {
  @Field(() => ID)
  optionId!: string;

  @Field(() => Int)
  score!: number;
}

@InputType()
export class OptionDotsInput {
  @Field(() => ID)
  optionId!: string;

  @Field(() => Int)
  count!: number;
}

/** The parts of a ballot; a round reads the one its method uses and refuses the others. */
@InputType({ isAbstract: true })
abstract class BallotPartsInput {
  @Field(() => [ID], { nullable: true, description: 'RANKED_CHOICE, STV, SCHULZE: most preferred first.' })
  ranking?: string[] | null;

  @Field(() => [OptionScoreInput], { nullable: true, description: 'SCORE.' })
  scores?: OptionScoreInput[] | null;

  @Field(() => [OptionDotsInput], { nullable: true, description: 'DOT.' })
  dots?: OptionDotsInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'APPROVAL.' })
  approvals?: string[] | null;

  @Field(() => ConsentPosition, { nullable: true, description: 'CONSENT.' })
  position?: ConsentPosition | null;

  @Field(() => String, { nullable: true, description: 'CONSENT: required to OBJECT or BLOCK.' })
  reason?: string | null;
}

@InputType()
export class CastBallotInput extends BallotPartsInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => ID, { description: 'A person of the coalition.' })
  voterId!: string;
}

@InputType()
export class PaperBallotInput extends BallotPartsInput {
  @Field(() => Int, { nullable: true, description: 'Identical ballots in this line; 1 when left out.' })
  count?: number | null;
}

@InputType()
export class RecordPaperBallotsInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => [PaperBallotInput], { description: 'At most 1,000 lines a call.' })
  ballots!: PaperBallotInput[];
}
