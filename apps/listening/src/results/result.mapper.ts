import type { RoundResultDto } from '@groundwork/contracts';
import type { CountResult } from '@groundwork/voting';

/** A count as the contract carries it; `quorumMet` is the service's, which knows the round's quorum. */
export function toRoundResultDto(
  roundId: string,
  count: CountResult,
  meta: { final: boolean; countedAt: Date; quorumMet: boolean },
): RoundResultDto {
  return {
    roundId,
    method: count.method,
    final: meta.final,
    countedAt: meta.countedAt.toISOString(),
    ballotsCast: count.ballotsCast,
    quorumMet: meta.quorumMet,
    winners: count.winners,
    ranking: count.ranking,
    rounds: count.rounds.map((round) => ({
      number: round.number,
      tallies: round.tallies,
      elected: round.elected,
      eliminated: round.eliminated,
      exhausted: round.exhausted,
      transferred: round.transferred,
      lostToRounding: round.lostToRounding,
    })),
    quota: count.quota,
    pairwise: count.pairwise,
    strongestPaths: count.strongestPaths,
    totals: count.totals,
    positions: count.positions,
    consent: count.consent,
    tieBreaks: count.tieBreaks,
  };
}

export function quorumMet(quorum: number | null, ballotsCast: number): boolean {
  return quorum === null || ballotsCast >= quorum;
}
