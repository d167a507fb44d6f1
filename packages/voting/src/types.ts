/**
 * The shapes the counting core takes and gives. Options are plain ids (the service maps them to
 * `{ id title }`); every result carries every field of API.md's `PrioritizationResult` that counting
 * decides, empty where the method has no such thing.
 */

export const VotingMethod = {
  RANKED_CHOICE: 'RANKED_CHOICE',
  STV: 'STV',
  SCHULZE: 'SCHULZE',
  SCORE: 'SCORE',
  DOT: 'DOT',
  APPROVAL: 'APPROVAL',
  CONSENT: 'CONSENT',
} as const;
export type VotingMethod = (typeof VotingMethod)[keyof typeof VotingMethod];

export const ConsentPosition = {
  CONSENT: 'CONSENT',
  STAND_ASIDE: 'STAND_ASIDE',
  OBJECT: 'OBJECT',
  BLOCK: 'BLOCK',
} as const;
export type ConsentPosition = (typeof ConsentPosition)[keyof typeof ConsentPosition];

export interface OptionScore {
  optionId: string;
  score: number;
}

export interface OptionDots {
  optionId: string;
  count: number;
}

/**
 * One ballot line as cast or recorded: the part its method uses, and `count` identical ballots
 * (paper ballots, or ballots the service aggregated). `count` defaults to 1.
 */
export interface BallotLine {
  ranking?: readonly string[] | null;
  scores?: readonly OptionScore[] | null;
  dots?: readonly OptionDots[] | null;
  approvals?: readonly string[] | null;
  position?: ConsentPosition | null;
  reason?: string | null;
  count?: number | null;
}

/** A ranked ballot line: options from most to least preferred. */
export interface RankedBallot {
  ranking: readonly string[];
  count?: number | null;
}

/** When a `CONSENT` round fails on objections short of a block. Left out: objections never fail it. */
export type ObjectionLimit =
  /** Fails when more than `value` ballots object. */
  | { kind: 'COUNT'; value: number }
  /** Fails when objecting ballots are more than `value` (0..1) of the ballots cast. */
  | { kind: 'SHARE'; value: number };

/** What a count needs to know about its round. */
export interface RoundRules {
  method: VotingMethod;
  /** The round's option ids, in the round's own order. */
  optionIds: readonly string[];
  /** Winners wanted; 1 when left out. */
  seats?: number;
  scoreMin?: number;
  scoreMax?: number;
  dotsPerVoter?: number;
  objectionLimit?: ObjectionLimit;
  /** Seeds every draw that settles a tie (API.md `tieBreakSeed`); the service stores one per round. */
  tieBreakSeed: string;
}

export interface OptionVotes {
  optionId: string;
  votes: number;
}

export interface CountRound {
  number: number;
  /** Votes of every option still in the count at this round (STV: elected options too). */
  tallies: OptionVotes[];
  /** Options that won a seat on this round's tallies. */
  elected: string[];
  /** The option excluded on this round's tallies; its ballots move in the next round. */
  eliminated: string[];
  /** Votes exhausted so far (ballots with no continuing choice left), as of this round's tallies. */
  exhausted: number;
  /** Votes that moved into this round's tallies from the previous round's exclusion or surplus. */
  transferred: number;
  /** STV: value lost so far to truncating transfer values to 5 decimals; 0 for instant runoff. */
  lostToRounding: number;
}

export interface OptionValue {
  optionId: string;
  value: number;
}

export interface PairwiseVotes {
  a: string;
  b: string;
  votes: number;
}

export interface PositionCount {
  position: ConsentPosition;
  count: number;
}

export interface ConsentReason {
  position: ConsentPosition;
  reason: string;
  count: number;
}

export const TiePurpose = {
  /** Who is eliminated (instant runoff) or excluded (STV). */
  ELIMINATION: 'ELIMINATION',
  /** STV: whose surplus moves first. */
  SURPLUS_ORDER: 'SURPLUS_ORDER',
  /** The order of options elected in the same round. */
  ELECTION_ORDER: 'ELECTION_ORDER',
  /** The order of options in `ranking` (and so who wins, for Schulze, score, dot and approval). */
  RANKING: 'RANKING',
} as const;
export type TiePurpose = (typeof TiePurpose)[keyof typeof TiePurpose];

export const TieResolution = {
  /** Settled by the votes the tied options had in earlier rounds. */
  EARLIER_ROUNDS: 'EARLIER_ROUNDS',
  /** Settled by the seeded draw (see `drawOrder`). */
  DRAW: 'DRAW',
} as const;
export type TieResolution = (typeof TieResolution)[keyof typeof TieResolution];

export interface TieBreak {
  purpose: TiePurpose;
  /** The round in which the tie was met; null for methods without rounds. */
  round: number | null;
  /** The tied options, in the round's option order. */
  tied: string[];
  resolvedBy: TieResolution;
  /**
   * The tied options as the tie was settled: for ELIMINATION the first is eliminated; for
   * SURPLUS_ORDER the first surplus moves first; for ELECTION_ORDER and RANKING the order itself.
   */
  order: string[];
  /** For a draw: its number within this count (1, 2, ...), which enters the draw's hash. */
  drawNumber: number | null;
}

export interface ConsentOutcome {
  passed: boolean;
  blocks: number;
  objections: number;
  /** Reasons given, identical ones counted together, in the order of positions then first seen. */
  reasons: ConsentReason[];
}

export interface CountResult {
  method: VotingMethod;
  /** Ballots counted, paper lines by their `count`. */
  ballotsCast: number;
  /** In order of election. */
  winners: string[];
  /** The full order where the method gives one (see README). */
  ranking: string[];
  rounds: CountRound[];
  /** STV: the Droop quota in votes; null otherwise. */
  quota: number | null;
  pairwise: PairwiseVotes[];
  strongestPaths: PairwiseVotes[];
  totals: OptionValue[];
  positions: PositionCount[];
  consent: ConsentOutcome | null;
  tieBreaks: TieBreak[];
}
