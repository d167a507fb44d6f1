import { ErrorCode, type ErrorBody, type ErrorDetails } from '@groundwork/contracts';

/**
 * An expected failure with a code from contracts. Use cases throw these; transports turn them into
 * replies (NATS) or GraphQL errors (gateway). Anything else is a bug and leaves as INTERNAL.
 *
 * Services throw them only through one exception class per domain, declared in the domain's
 * `*.errors.ts` with its enum of reasons and an exhaustive mapping of each reason to a code (a lint
 * rule refuses `DomainError` anywhere else); the static helpers below are for those files.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
    /** The domain's specific reason, e.g. `EMAIL_TAKEN`; see `ErrorBody.reason`. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toBody(): ErrorBody {
    return {
      code: this.code,
      ...(this.reason ? { reason: this.reason } : {}),
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
    };
  }

  static badInput(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, ...fieldProblem(field, message));
  }

  static notFound(what: string, id?: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, id ? `${what} ${id} was not found` : `${what} was not found`);
  }

  static conflict(message: string, field?: string): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, field ? { field } : undefined);
  }

  static forbidden(message: string): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message: string): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED, message);
  }
}

/**
 * The message and details of a BAD_USER_INPUT about one field, for a domain exception's constructor:
 * `new PersonException(PersonErrorCode.INVALID_PHONE, ...fieldProblem('phone', 'must be…'))`.
 */
export function fieldProblem(field: string, message: string): [message: string, details: ErrorDetails] {
  return [`${field} ${message}`, { field, issues: [{ field, message }] }];
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
