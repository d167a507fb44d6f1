import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '../errors/domain-error';

export const PagingErrorCode = {
  INVALID_CURSOR: 'INVALID_CURSOR',
} as const;
export type PagingErrorCode = (typeof PagingErrorCode)[keyof typeof PagingErrorCode];

export class PagingException extends DomainError {
  constructor(reason: PagingErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: PagingErrorCode): ErrorCode {
  switch (reason) {
    case PagingErrorCode.INVALID_CURSOR:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

/** Failures every paged list shares. */
export const PagingErrors = {
  invalidCursor: () =>
    new PagingException(PagingErrorCode.INVALID_CURSOR, ...fieldProblem('after', 'is not a valid cursor')),
};
