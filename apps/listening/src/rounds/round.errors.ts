import { ErrorCode } from '@groundwork/contracts';
import { DomainError } from '@groundwork/service-kit';
import type { Round } from './round';

/** The ways a round request can fail, each with its code and the field at fault. */
export const RoundErrors = {
  notFound: (id: string, field = 'id') =>
    new DomainError(ErrorCode.NOT_FOUND, `prioritization round ${id} was not found`, { field }),
  notDraft: (round: Round) =>
    DomainError.conflict(`round ${round.id} is ${round.status}; only a DRAFT round can be opened`, 'id'),
  notOpenToClose: (round: Round) =>
    DomainError.conflict(`round ${round.id} is ${round.status}; only an OPEN round can be closed`, 'id'),
  notOpenForBallots: (round: Round) =>
    DomainError.conflict(
      `round ${round.id} is ${round.status}; ballots are taken only while it is OPEN`,
      'roundId',
    ),
  secretRound: (round: Round) =>
    DomainError.forbidden(
      `round ${round.id} is secret: voters cast their own ballots there, nobody casts on their behalf`,
    ),
};
