import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const OneOnOneErrorCode = {
  ONE_ON_ONE_NOT_FOUND: 'ONE_ON_ONE_NOT_FOUND',
  ORGANIZER_REQUIRED: 'ORGANIZER_REQUIRED',
  DUE_BEFORE_HELD: 'DUE_BEFORE_HELD',
} as const;
export type OneOnOneErrorCode = (typeof OneOnOneErrorCode)[keyof typeof OneOnOneErrorCode];

export class OneOnOneException extends DomainError {
  constructor(reason: OneOnOneErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: OneOnOneErrorCode): ErrorCode {
  switch (reason) {
    case OneOnOneErrorCode.ONE_ON_ONE_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case OneOnOneErrorCode.ORGANIZER_REQUIRED:
    case OneOnOneErrorCode.DUE_BEFORE_HELD:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

export const OneOnOneErrors = {
  notFound: (id: string) =>
    new OneOnOneException(OneOnOneErrorCode.ONE_ON_ONE_NOT_FOUND, `one-on-one ${id} was not found`),
  organizerRequired: () =>
    new OneOnOneException(
      OneOnOneErrorCode.ORGANIZER_REQUIRED,
      ...fieldProblem('organizerId', 'is required when the one-on-one is not recorded by a user'),
    ),
  dueBeforeHeld: () =>
    new OneOnOneException(
      OneOnOneErrorCode.DUE_BEFORE_HELD,
      ...fieldProblem('nextStepDueOn', 'must not be before heldOn'),
    ),
};
