import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ConsentPosition as ConsentPositionSchema,
  ResultsVisibility as ResultsVisibilitySchema,
  RoundStatus as RoundStatusSchema,
  VotingMethod as VotingMethodSchema,
} from '@groundwork/contracts';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';

export const PrioritizationMethod = VotingMethodSchema.enum;
export type PrioritizationMethod = VotingMethodSchema;
registerEnumType(PrioritizationMethod, {
  name: 'PrioritizationMethod',
  description:
    'RANKED_CHOICE: instant runoff, one winner. STV: single transferable vote (Scottish rules), `seats` winners. ' +
    'SCHULZE: Condorcet, winning votes. SCORE, DOT (cumulative), APPROVAL: highest total wins. CONSENT: passes unless blocked.',
});

export const PrioritizationRoundStatus = RoundStatusSchema.enum;
export type PrioritizationRoundStatus = RoundStatusSchema;
registerEnumType(PrioritizationRoundStatus, { name: 'PrioritizationRoundStatus' });

export const ResultsVisibility = ResultsVisibilitySchema.enum;
export type ResultsVisibility = ResultsVisibilitySchema;
registerEnumType(ResultsVisibility, {
  name: 'ResultsVisibility',
  description: 'When results may be read: after the close (default), after one’s own vote, or always.',
});

export const ConsentPosition = ConsentPositionSchema.enum;
export type ConsentPosition = ConsentPositionSchema;
registerEnumType(ConsentPosition, { name: 'ConsentPosition' });

@ObjectType()
export class PrioritizationOption {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ID, { nullable: true, description: 'The candidate issue this option puts to the vote.' })
  candidateIssueId!: string | null;
}

@ObjectType()
export class PrioritizationRound {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => PrioritizationMethod)
  method!: PrioritizationMethod;

  @Field(() => Int)
  seats!: number;

  @Field(() => PrioritizationRoundStatus)
  status!: PrioritizationRoundStatus;

  @Field(() => ResultsVisibility)
  resultsVisibility!: ResultsVisibility;

  @Field({ description: 'Voters cast their own ballots, unlinked from them; staff cannot cast for them.' })
  secret!: boolean;

  @Field(() => DateTimeScalar, { nullable: true })
  opensAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closesAt!: string | null;

  @Field(() => Int, { nullable: true })
  dotsPerVoter!: number | null;

  @Field(() => Int, { nullable: true })
  scoreMin!: number | null;

  @Field(() => Int, { nullable: true })
  scoreMax!: number | null;

  @Field({ description: 'Seeds every draw that settles a tie, so anyone can repeat the count.' })
  tieBreakSeed!: string;

  @Field(() => Int, { nullable: true, description: 'Ballots needed for the result to stand.' })
  quorum!: number | null;

  @Field(() => [PrioritizationOption], { description: 'In the round’s order.' })
  options!: PrioritizationOption[];

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  openedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closedAt!: string | null;
}

@ObjectType()
export class PrioritizationRoundConnection extends Connection(PrioritizationRound, 'PrioritizationRound') {}

@ObjectType()
export class BallotReceipt {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  roundId!: string;

  @Field(() => ID)
  voterId!: string;

  @Field(() => DateTimeScalar)
  castAt!: string;

  @Field({ description: 'The voter had a ballot in this round and this one replaced it.' })
  replaced!: boolean;
}

@ObjectType()
export class PaperBallotsRecorded {
  @Field(() => ID)
  roundId!: string;

  @Field(() => Int, { description: 'Lines stored by this call.' })
  lines!: number;

  @Field(() => Int, { description: 'Ballots those lines hold, by their counts.' })
  ballots!: number;
}
