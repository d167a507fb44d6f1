/**
 * Why a ballot is refused. Each issue names the field at fault as a dotted path inside the ballot
 * (`ranking.2`, `scores.0.score`), the way contracts' `FieldIssue` does, so the service can answer
 * `BAD_USER_INPUT` with `details.field` without translating anything.
 */
export const BallotIssueCode = {
  /** A part names an option that is not in the round. */
  UNKNOWN_OPTION: 'UNKNOWN_OPTION',
  /** A part names one option twice. */
  REPEATED_OPTION: 'REPEATED_OPTION',
  /** A ranked method's ballot ranks nothing. */
  EMPTY_RANKING: 'EMPTY_RANKING',
  /** A score is not a whole number within scoreMin..scoreMax. */
  SCORE_OUT_OF_RANGE: 'SCORE_OUT_OF_RANGE',
  /** A dot count is not a whole number of at least 1. */
  INVALID_DOT_COUNT: 'INVALID_DOT_COUNT',
  /** The dots add up to more than dotsPerVoter. */
  TOO_MANY_DOTS: 'TOO_MANY_DOTS',
  /** A consent ballot without a position, or with one that does not exist. */
  INVALID_POSITION: 'INVALID_POSITION',
  /** An objection or a block without a reason. */
  REASON_REQUIRED: 'REASON_REQUIRED',
  /** The ballot carries a part its method does not use, or lacks the one it does. */
  PARTS_MISMATCH: 'PARTS_MISMATCH',
  /** `count` is not a whole number of at least 1. */
  INVALID_COUNT: 'INVALID_COUNT',
} as const;
export type BallotIssueCode = (typeof BallotIssueCode)[keyof typeof BallotIssueCode];

export interface BallotIssue {
  code: BallotIssueCode;
  /** Dotted path of the field at fault inside the ballot, e.g. `ranking.2`. */
  field: string;
  message: string;
}

/** Thrown by the counters when handed a ballot that validation would have refused. */
export class InvalidBallotError extends Error {
  constructor(readonly issue: BallotIssue) {
    super(`${issue.field}: ${issue.message}`);
    this.name = 'InvalidBallotError';
  }

  /** The same issue placed inside a list of ballots, e.g. `ballots.12.ranking.3`. */
  static atLine(line: number, issue: BallotIssue): InvalidBallotError {
    return new InvalidBallotError({ ...issue, field: `ballots.${line}.${issue.field}` });
  }
}

export function isWholeNumberAtLeast(value: unknown, minimum: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= minimum;
}
