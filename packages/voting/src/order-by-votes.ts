import type { TieBreaker } from './tie-breaker';
import { TiePurpose } from './types';

/**
 * Options by votes, most first. Equal ones are ordered by `earlier` tallies (in the order given: the
 * method's rule says which rounds and in which order), then by the seeded draw, as a `purpose` tie.
 */
export function orderByVotes(
  options: readonly number[],
  votes: ArrayLike<number>,
  earlier: readonly ArrayLike<number>[],
  tieBreaker: TieBreaker,
  round: number | null,
  purpose: TiePurpose = TiePurpose.RANKING,
): number[] {
  const sorted = [...options].sort((a, b) => votes[b]! - votes[a]! || a - b);
  const ordered: number[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && votes[sorted[j]!] === votes[sorted[i]!]) j++;
    const run = sorted.slice(i, j);
    ordered.push(
      ...(run.length === 1
        ? run
        : tieBreaker.settle({
            purpose,
            round,
            tied: run,
            history: earlier,
            fewerFirst: false,
            onlyFirst: false,
          })),
    );
    i = j;
  }
  return ordered;
}
