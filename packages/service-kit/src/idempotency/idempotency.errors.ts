import { ErrorCode } from '@groundwork/contracts';
import { assertUnreachable, DomainError } from '../errors/domain-error';

export const IdempotencyErrorCode = {
  /** The same key was sent before with a different request; its first result belongs to that one. */
  KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
} as const;
export type IdempotencyErrorCode = (typeof IdempotencyErrorCode)[keyof typeof IdempotencyErrorCode];

function sharedCode(reason: IdempotencyErrorCode): ErrorCode {
  switch (reason) {
    case IdempotencyErrorCode.KEY_REUSED:
      return ErrorCode.CONFLICT;
    default:
      return assertUnreachable(reason);
  }
}

export class IdempotencyException extends DomainError {
  constructor(reason: IdempotencyErrorCode, message: string) {
    super(sharedCode(reason), message, { field: 'Idempotency-Key' }, reason);
  }

  static keyReused(subject: string): IdempotencyException {
    return new IdempotencyException(
      IdempotencyErrorCode.KEY_REUSED,
      `this Idempotency-Key was already used for a different ${subject} request in the last 24 hours; send a new key for a new request`,
    );
  }
}
