import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable } from '@groundwork/service-kit';
import type { Round } from './round';

export const RoundErrorCode = {
  ROUND_NOT_FOUND: 'ROUND_NOT_FOUND',
  ROUND_NOT_DRAFT: 'ROUND_NOT_DRAFT',
  ROUND_NOT_OPEN: 'ROUND_NOT_OPEN',
  ROUND_SECRET: 'ROUND_SECRET',
} as const;
export type RoundErrorCode = (typeof RoundErrorCode)[keyof typeof RoundErrorCode];

export class RoundException extends DomainError {
  constructor(reason: RoundErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: RoundErrorCode): ErrorCode {
  switch (reason) {
    case RoundErrorCode.ROUND_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case RoundErrorCode.ROUND_NOT_DRAFT:
    case RoundErrorCode.ROUND_NOT_OPEN:
      return ErrorCode.CONFLICT;
    case RoundErrorCode.ROUND_SECRET:
      return ErrorCode.FORBIDDEN;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways a round request can fail, each with its code and the field at fault. */
export const RoundErrors = {
  notFound: (id: string, field = 'id') =>
    new RoundException(RoundErrorCode.ROUND_NOT_FOUND, `prioritization round ${id} was not found`, { field }),
  notDraft: (round: Round) =>
    new RoundException(
      RoundErrorCode.ROUND_NOT_DRAFT,
      `round ${round.id} is ${round.status}; only a DRAFT round can be opened`,
      { field: 'id' },
    ),
  notOpenToClose: (round: Round) =>
    new RoundException(
      RoundErrorCode.ROUND_NOT_OPEN,
      `round ${round.id} is ${round.status}; only an OPEN round can be closed`,
      { field: 'id' },
    ),
  notOpenForBallots: (round: Round) =>
    new RoundException(
      RoundErrorCode.ROUND_NOT_OPEN,
      `round ${round.id} is ${round.status}; ballots are taken only while it is OPEN`,
      { field: 'roundId' },
    ),
  secretRound: (round: Round) =>
    new RoundException(
      RoundErrorCode.ROUND_SECRET,
      `round ${round.id} is secret: voters cast their own ballots there, nobody casts on their behalf`,
    ),
};
