import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable } from '@groundwork/service-kit';

export const CodingErrorCode = {
  CODER_REQUIRED: 'CODER_REQUIRED',
  CONCERN_NOT_FOUND: 'CONCERN_NOT_FOUND',
} as const;
export type CodingErrorCode = (typeof CodingErrorCode)[keyof typeof CodingErrorCode];

export class CodingException extends DomainError {
  constructor(reason: CodingErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: CodingErrorCode): ErrorCode {
  switch (reason) {
    case CodingErrorCode.CODER_REQUIRED:
      return ErrorCode.FORBIDDEN;
    case CodingErrorCode.CONCERN_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways coding a concern can fail. */
export const CodingErrors = {
  coderRequired: () =>
    new CodingException(
      CodingErrorCode.CODER_REQUIRED,
      'coding is recorded per coder: it needs a signed-in user, not an API token',
    ),
  concernNotFound: (id: string, field = 'concernId') =>
    new CodingException(CodingErrorCode.CONCERN_NOT_FOUND, `concern ${id} was not found`, { field }),
};
