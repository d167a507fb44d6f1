import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const MembershipTrendErrorCode = {
  FROM_TOO_EARLY: 'FROM_TOO_EARLY',
  TOO_MANY_BUCKETS: 'TOO_MANY_BUCKETS',
} as const;
export type MembershipTrendErrorCode =
  (typeof MembershipTrendErrorCode)[keyof typeof MembershipTrendErrorCode];

export class MembershipTrendException extends DomainError {
  constructor(reason: MembershipTrendErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: MembershipTrendErrorCode): ErrorCode {
  switch (reason) {
    case MembershipTrendErrorCode.FROM_TOO_EARLY:
    case MembershipTrendErrorCode.TOO_MANY_BUCKETS:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways a membership trend request can fail. */
export const MembershipTrendErrors = {
  fromTooEarly: () =>
    new MembershipTrendException(
      MembershipTrendErrorCode.FROM_TOO_EARLY,
      ...fieldProblem('from', 'must not be before 1900-01-01'),
    ),
  tooManyBuckets: (max: number, interval: string, buckets: number) =>
    new MembershipTrendException(
      MembershipTrendErrorCode.TOO_MANY_BUCKETS,
      ...fieldProblem('from', `must be at most ${max} ${interval} buckets before to (asked for ${buckets})`),
    ),
};
