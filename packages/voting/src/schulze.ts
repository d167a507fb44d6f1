import { emptyResult } from './count-result';
import { rankedGroupsOf, type RankedCountInput } from './ranked-choice';
import type { RankedBallotGroups } from './ranked-ballot-groups';
import { TieBreaker } from './tie-breaker';
import { TiePurpose, VotingMethod, type CountResult, type PairwiseVotes } from './types';

export interface SchulzeCountInput extends RankedCountInput {
  /** Winners wanted: the top of the ranking; 1 when left out. */
  seats?: number;
}

/**
 * SCHULZE (API.md "Counting rules"): pairwise preferences from the rankings, unranked options below
 * ranked ones and equal among themselves; strongest paths by winning votes (a link a→b is as strong as
 * the voters preferring a to b when they outnumber those preferring b to a, else absent); a beats b
 * when the strongest path a→b is stronger than b→a. That relation is transitive (Schulze 2011), so the
 * ranking puts first the options no remaining option beats, repeatedly; options unbeaten together are
 * tied and ordered by the seeded draw. Winners are the first `seats` of the ranking.
 */
export function countSchulze(input: SchulzeCountInput): CountResult {
  const groups = rankedGroupsOf(input);
  const ids = groups.options.ids;
  const n = ids.length;
  const result = emptyResult(VotingMethod.SCHULZE, groups.ballotCount);
  const preferring = pairwisePreferences(groups);
  const strongest = strongestPaths(preferring, n);

  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a === b) continue;
      result.pairwise.push(entry(ids, a, b, preferring[a * n + b]!));
      result.strongestPaths.push(entry(ids, a, b, strongest[a * n + b]!));
    }
  }
  if (groups.ballotCount === 0) return result;

  const tieBreaker = new TieBreaker(input.tieBreakSeed, ids);
  const beats = (a: number, b: number) => strongest[a * n + b]! > strongest[b * n + a]!;
  let remaining = [...ids.keys()];
  const ranking: number[] = [];
  while (remaining.length > 0) {
    const unbeaten = remaining.filter((a) => !remaining.some((b) => b !== a && beats(b, a)));
    const placed =
      unbeaten.length === 1
        ? unbeaten
        : tieBreaker.settle({
            purpose: TiePurpose.RANKING,
            round: null,
            tied: unbeaten,
            history: [],
            fewerFirst: false,
            onlyFirst: false,
          });
    ranking.push(...placed);
    remaining = remaining.filter((option) => !placed.includes(option));
  }
  result.ranking = ranking.map((option) => ids[option]!);
  result.winners = result.ranking.slice(0, input.seats ?? 1);
  result.tieBreaks = tieBreaker.records;
  return result;
}

/** `preferring[a * n + b]`: ballots ranking a above b (a ranked and b not counts as above). */
function pairwisePreferences(groups: RankedBallotGroups): Float64Array {
  const n = groups.options.size;
  const preferring = new Float64Array(n * n);
  const { choices, start, counts } = groups;
  const ranked = new Uint8Array(n);
  for (let group = 0; group < groups.groupCount; group++) {
    const from = start[group]!;
    const to = start[group + 1]!;
    const count = counts[group]!;
    ranked.fill(0);
    for (let i = from; i < to; i++) {
      const a = choices[i]!;
      ranked[a] = 1;
      for (let j = i + 1; j < to; j++) preferring[a * n + choices[j]!]! += count;
    }
    for (let i = from; i < to; i++) {
      const a = choices[i]!;
      for (let b = 0; b < n; b++) if (ranked[b] === 0) preferring[a * n + b]! += count;
    }
  }
  return preferring;
}

/** Widest paths (Floyd–Warshall) over links weighted by winning votes. */
function strongestPaths(preferring: Float64Array, n: number): Float64Array {
  const strongest = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a !== b && preferring[a * n + b]! > preferring[b * n + a]!)
        strongest[a * n + b] = preferring[a * n + b]!;
    }
  }
  for (let k = 0; k < n; k++) {
    for (let a = 0; a < n; a++) {
      if (a === k) continue;
      for (let b = 0; b < n; b++) {
        if (b === k || b === a) continue;
        const through = Math.min(strongest[a * n + k]!, strongest[k * n + b]!);
        if (through > strongest[a * n + b]!) strongest[a * n + b] = through;
      }
    }
  }
  return strongest;
}

function entry(ids: readonly string[], a: number, b: number, votes: number): PairwiseVotes {
  return { a: ids[a]!, b: ids[b]!, votes };
}
