import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable } from '@groundwork/service-kit';

export const DuplicateErrorCode = {
  DUPLICATE_CANDIDATE_NOT_FOUND: 'DUPLICATE_CANDIDATE_NOT_FOUND',
  DUPLICATE_ALREADY_MERGED: 'DUPLICATE_ALREADY_MERGED',
} as const;
export type DuplicateErrorCode = (typeof DuplicateErrorCode)[keyof typeof DuplicateErrorCode];

export class DuplicateException extends DomainError {
  constructor(reason: DuplicateErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: DuplicateErrorCode): ErrorCode {
  switch (reason) {
    case DuplicateErrorCode.DUPLICATE_CANDIDATE_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case DuplicateErrorCode.DUPLICATE_ALREADY_MERGED:
      return ErrorCode.CONFLICT;
    default:
      return assertUnreachable(reason);
  }
}

export const DuplicateErrors = {
  candidateNotFound: (id: string) =>
    new DuplicateException(
      DuplicateErrorCode.DUPLICATE_CANDIDATE_NOT_FOUND,
      `duplicate candidate ${id} was not found`,
    ),
  alreadyMerged: () =>
    new DuplicateException(DuplicateErrorCode.DUPLICATE_ALREADY_MERGED, 'this pair was merged already', {
      field: 'candidateId',
    }),
};
