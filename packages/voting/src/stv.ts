import { emptyResult, talliesOf } from './count-result';
import { truncatedTransferValue, VALUE_SCALE } from './fixed-point';
import { orderByVotes } from './order-by-votes';
import { rankedGroupsOf, type RankedCountInput } from './ranked-choice';
import { EXHAUSTED, RankedPiles } from './ranked-piles';
import { TieBreaker } from './tie-breaker';
import { TiePurpose, VotingMethod, type CountResult, type CountRound } from './types';

export interface StvCountInput extends RankedCountInput {
  seats: number;
}

/**
 * STV as in the Scottish Local Government Elections Order 2007, Schedule 1 (API.md "Counting rules";
 * conformance README "Rules the figures embody"):
 * - Droop quota floor(valid ballots / (seats + 1)) + 1; an option is elected on reaching it.
 * - A surplus moves every ballot the elected option holds, each at surplus × its value ÷ the option's
 *   total, truncated to 5 decimal places (rule 48(3)); what truncation loses is lost for good, and the
 *   elected option then holds exactly the quota.
 * - One surplus per round, the largest first, in the round after its option was elected. An option
 *   elected with exactly the quota has no surplus, so an exclusion follows in that same round.
 * - With no surplus left, the continuing option with the fewest votes is excluded; its ballots move at
 *   the value they hold, all in one round. Ballots skip elected and excluded options.
 * - When the continuing options are no more than the seats left, they are elected, even below the quota;
 *   the count stops as soon as every seat is filled, even with a surplus not yet moved.
 * - Elected options keep showing their votes in later tallies; excluded options leave them.
 * - Ties (equal surpluses, equal lowest, equal votes of options elected together): the votes at the
 *   earliest round where the tied options differed, as the Order looks back to the first stage; equal at
 *   every round, the seeded draw in place of the Order's lot.
 */
export function countStv(input: StvCountInput): CountResult {
  const seats = input.seats;
  if (!Number.isSafeInteger(seats) || seats < 1) throw new Error('STV needs seats >= 1');
  const groups = rankedGroupsOf(input);
  const ids = groups.options.ids;
  const optionCount = ids.length;
  const counts = groups.counts;
  const piles = new RankedPiles(groups);
  const tieBreaker = new TieBreaker(input.tieBreakSeed, ids);
  const result = emptyResult(VotingMethod.STV, groups.ballotCount);

  const quotaVotes = Math.floor(groups.ballotCount / (seats + 1)) + 1;
  const quota = quotaVotes * VALUE_SCALE;
  result.quota = quotaVotes;

  /** Per group, the scaled value each of its ballots carries now (1 at first). */
  const value = new Int32Array(groups.groupCount).fill(VALUE_SCALE);
  const votes = new Float64Array(optionCount);
  for (let option = 0; option < optionCount; option++)
    piles.forEach(option, (group) => (votes[option]! += counts[group]! * VALUE_SCALE));
  const continuing = new Uint8Array(optionCount).fill(1);
  const excluded = new Uint8Array(optionCount);
  const elected: number[] = [];
  const surplusPending = new Set<number>();
  const excludedInOrder: number[] = [];
  const history: Float64Array[] = [];
  let exhausted = 0;
  let lost = 0;
  let transferred = 0;

  const elect = (options: readonly number[], round: CountRound): void => {
    const earlier = history.slice(0, -1);
    for (const option of orderByVotes(
      options,
      votes,
      earlier,
      tieBreaker,
      round.number,
      TiePurpose.ELECTION_ORDER,
    )) {
      continuing[option] = 0;
      elected.push(option);
      round.elected.push(ids[option]!);
      if (votes[option]! > quota) surplusPending.add(option);
    }
  };
  const hopefuls = (): number[] => [...continuing.keys()].filter((option) => continuing[option] === 1);

  for (let number = 1; optionCount > 0; number++) {
    history.push(votes.slice());
    const round: CountRound = {
      number,
      tallies: talliesOf(ids, votes, (option) => excluded[option] === 0, VALUE_SCALE),
      elected: [],
      eliminated: [],
      exhausted: exhausted / VALUE_SCALE,
      transferred: transferred / VALUE_SCALE,
      lostToRounding: lost / VALUE_SCALE,
    };
    result.rounds.push(round);
    if (groups.ballotCount === 0) break;

    const reached = hopefuls().filter((option) => votes[option]! >= quota);
    if (reached.length > 0) elect(reached, round);
    if (elected.length >= seats) break;
    const remaining = hopefuls();
    if (remaining.length <= seats - elected.length) {
      elect(remaining, round);
      break;
    }

    transferred = 0;
    if (surplusPending.size > 0) {
      const from = largestSurplus([...surplusPending], votes, history, tieBreaker, number);
      surplusPending.delete(from);
      const surplus = votes[from]! - quota;
      const total = votes[from]!;
      const valueAfter = new Map<number, number>();
      let moved = 0;
      piles.moveAll(from, continuing, (group, to) => {
        const before = value[group]!;
        let after = valueAfter.get(before);
        if (after === undefined) {
          after = truncatedTransferValue(surplus, before, total);
          valueAfter.set(before, after);
        }
        value[group] = after;
        const amount = after * counts[group]!;
        moved += amount;
        if (to === EXHAUSTED) exhausted += amount;
        else {
          votes[to]! += amount;
          transferred += amount;
        }
      });
      lost += surplus - moved;
      votes[from] = quota;
    } else {
      const candidates = hopefuls();
      const fewest = Math.min(...candidates.map((option) => votes[option]!));
      const lowest = candidates.filter((option) => votes[option] === fewest);
      const out =
        lowest.length === 1
          ? lowest[0]!
          : tieBreaker.settle({
              purpose: TiePurpose.ELIMINATION,
              round: number,
              tied: lowest,
              history: history.slice(0, -1),
              fewerFirst: true,
              onlyFirst: true,
            })[0]!;
      continuing[out] = 0;
      excluded[out] = 1;
      excludedInOrder.push(out);
      round.eliminated.push(ids[out]!);
      piles.moveAll(out, continuing, (group, to) => {
        const amount = value[group]! * counts[group]!;
        if (to === EXHAUSTED) exhausted += amount;
        else {
          votes[to]! += amount;
          transferred += amount;
        }
      });
      votes[out] = 0;
    }
  }

  if (groups.ballotCount > 0) {
    const last = history[history.length - 1]!;
    const unelected = orderByVotes(hopefuls(), last, history.slice(0, -1), tieBreaker, result.rounds.length);
    result.winners = elected.map((option) => ids[option]!);
    result.ranking = [...elected, ...unelected, ...excludedInOrder.reverse()].map((option) => ids[option]!);
  }
  result.tieBreaks = tieBreaker.records;
  return result;
}

/** The pending surplus to move first: the largest; equal ones by earlier rounds, then the draw. */
function largestSurplus(
  pending: number[],
  votes: Float64Array,
  history: Float64Array[],
  tieBreaker: TieBreaker,
  round: number,
): number {
  const largest = Math.max(...pending.map((option) => votes[option]!));
  const tied = pending.filter((option) => votes[option] === largest).sort((a, b) => a - b);
  if (tied.length === 1) return tied[0]!;
  return tieBreaker.settle({
    purpose: TiePurpose.SURPLUS_ORDER,
    round,
    tied,
    history: history.slice(0, -1),
    fewerFirst: false,
    onlyFirst: true,
  })[0]!;
}
