import type { RoundDto } from '@groundwork/contracts';
import type { Round } from './round';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toRoundDto(round: Round): RoundDto {
  return {
    id: round.id,
    title: round.title,
    description: round.description,
    method: round.method,
    seats: round.seats,
    status: round.status,
    resultsVisibility: round.resultsVisibility,
    secret: round.secret,
    opensAt: iso(round.opensAt),
    closesAt: iso(round.closesAt),
    dotsPerVoter: round.dotsPerVoter,
    scoreMin: round.scoreMin,
    scoreMax: round.scoreMax,
    tieBreakSeed: round.tieBreakSeed,
    quorum: round.quorum,
    options: round.options.map((option) => ({ ...option })),
    createdAt: round.createdAt.toISOString(),
    openedAt: iso(round.openedAt),
    closedAt: iso(round.closedAt),
  };
}
