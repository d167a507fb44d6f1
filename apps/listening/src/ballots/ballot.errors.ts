import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const BallotErrorCode = {
  BALLOT_INVALID: 'BALLOT_INVALID',
  VOTER_NOT_A_PERSON: 'VOTER_NOT_A_PERSON',
  VOTER_ARCHIVED: 'VOTER_ARCHIVED',
} as const;
export type BallotErrorCode = (typeof BallotErrorCode)[keyof typeof BallotErrorCode];

export class BallotException extends DomainError {
  constructor(reason: BallotErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: BallotErrorCode): ErrorCode {
  switch (reason) {
    case BallotErrorCode.BALLOT_INVALID:
    case BallotErrorCode.VOTER_NOT_A_PERSON:
    case BallotErrorCode.VOTER_ARCHIVED:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways a ballot can be refused, each naming the field at fault. */
export const BallotErrors = {
  /** `details` carries the first issue's field and the validator's code (`issueCode`) and every issue. */
  invalid: (message: string, details: ErrorDetails) =>
    new BallotException(BallotErrorCode.BALLOT_INVALID, message, details),
  voterNotAPerson: (field: string) =>
    new BallotException(
      BallotErrorCode.VOTER_NOT_A_PERSON,
      ...fieldProblem(field, 'is not a person of this coalition'),
    ),
  voterArchived: (field: string) =>
    new BallotException(
      BallotErrorCode.VOTER_ARCHIVED,
      ...fieldProblem(field, 'is archived and outside the electorate'),
    ),
};
