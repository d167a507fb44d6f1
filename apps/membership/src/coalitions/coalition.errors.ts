import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable } from '@groundwork/service-kit';

export const CoalitionErrorCode = {
  COALITION_NOT_FOUND: 'COALITION_NOT_FOUND',
} as const;
export type CoalitionErrorCode = (typeof CoalitionErrorCode)[keyof typeof CoalitionErrorCode];

export class CoalitionException extends DomainError {
  constructor(reason: CoalitionErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: CoalitionErrorCode): ErrorCode {
  switch (reason) {
    case CoalitionErrorCode.COALITION_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    default:
      return assertUnreachable(reason);
  }
}

export const CoalitionErrors = {
  notFound: (id: string) =>
    new CoalitionException(CoalitionErrorCode.COALITION_NOT_FOUND, `coalition ${id} was not found`),
};
