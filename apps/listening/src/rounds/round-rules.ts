import type { RoundRules } from '@groundwork/voting';
import type { Round } from './round';

/** What `@groundwork/voting` needs to know of a round to check and count its ballots. */
export function roundRules(round: Round): RoundRules {
  return {
    method: round.method,
    optionIds: round.options.map((option) => option.id),
    seats: round.seats,
    ...(round.scoreMin !== null ? { scoreMin: round.scoreMin } : {}),
    ...(round.scoreMax !== null ? { scoreMax: round.scoreMax } : {}),
    ...(round.dotsPerVoter !== null ? { dotsPerVoter: round.dotsPerVoter } : {}),
    tieBreakSeed: round.tieBreakSeed,
  };
}
