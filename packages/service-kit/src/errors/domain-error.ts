import { ErrorCode, type ErrorBody, type ErrorDetails } from '@groundwork/contracts';

/**
 * An expected failure with a code from contracts. Use cases throw these; transports turn them into
 * replies (NATS) or GraphQL errors (gateway). Anything else is a bug and leaves as INTERNAL.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toBody(): ErrorBody {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }

  static badInput(field: string, message: string): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, `${field} ${message}`, {
      field,
      issues: [{ field, message }],
    });
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

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
