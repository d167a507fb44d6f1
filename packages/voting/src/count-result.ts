import type { CountResult, OptionVotes, VotingMethod } from './types';

/** A result with every field of the shape present and empty; each counter fills what its method decides. */
export function emptyResult(method: VotingMethod, ballotsCast: number): CountResult {
  return {
    method,
    ballotsCast,
    winners: [],
    ranking: [],
    rounds: [],
    quota: null,
    pairwise: [],
    strongestPaths: [],
    totals: [],
    positions: [],
    consent: null,
    tieBreaks: [],
  };
}

/** A round's tallies for the options `included` says are in the count, in the round's option order. */
export function talliesOf(
  optionIds: readonly string[],
  votes: ArrayLike<number>,
  included: (position: number) => boolean,
  divisor = 1,
): OptionVotes[] {
  const tallies: OptionVotes[] = [];
  for (let position = 0; position < optionIds.length; position++) {
    if (included(position))
      tallies.push({ optionId: optionIds[position]!, votes: votes[position]! / divisor });
  }
  return tallies;
}
