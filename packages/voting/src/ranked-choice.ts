import { emptyResult, talliesOf } from './count-result';
import { RankedBallotGroups } from './ranked-ballot-groups';
import { EXHAUSTED, RankedPiles } from './ranked-piles';
import { orderByVotes } from './order-by-votes';
import { TieBreaker } from './tie-breaker';
import { TiePurpose, VotingMethod, type CountResult, type CountRound, type RankedBallot } from './types';

export interface RankedCountInput {
  optionIds: readonly string[];
  /** Ballot lines, or groups already built from a stream of them. */
  ballots: Iterable<RankedBallot> | RankedBallotGroups;
  tieBreakSeed: string;
}

export function rankedGroupsOf(input: RankedCountInput): RankedBallotGroups {
  return input.ballots instanceof RankedBallotGroups
    ? input.ballots
    : RankedBallotGroups.from(input.optionIds, input.ballots);
}

/**
 * RANKED_CHOICE: instant runoff, one winner (API.md "Counting rules"; conformance README "Rules the
 * figures embody"):
 * - each round counts every continuing ballot for its highest-ranked continuing option;
 * - an option with more than half of that round's continuing votes wins; exhausted ballots are not in
 *   the denominator;
 * - otherwise the one option with the fewest votes is eliminated and its ballots pass to their next
 *   continuing choice; a ballot with none left is exhausted and leaves the count;
 * - ties for last: fewer votes in the previous round, back to the first round; still tied, the seeded
 *   draw, recorded in `tieBreaks`.
 */
export function countRankedChoice(input: RankedCountInput): CountResult {
  const groups = rankedGroupsOf(input);
  const ids = groups.options.ids;
  const optionCount = ids.length;
  const counts = groups.counts;
  const piles = new RankedPiles(groups);
  const tieBreaker = new TieBreaker(input.tieBreakSeed, ids);
  const result = emptyResult(VotingMethod.RANKED_CHOICE, groups.ballotCount);

  const votes = new Float64Array(optionCount);
  for (let option = 0; option < optionCount; option++)
    piles.forEach(option, (group) => (votes[option]! += counts[group]!));
  const continuing = new Uint8Array(optionCount).fill(1);
  const history: Float64Array[] = [];
  const eliminated: number[] = [];
  let exhausted = 0;
  let transferred = 0;
  let winner: number | null = null;

  for (let number = 1; optionCount > 0; number++) {
    history.push(votes.slice());
    const round: CountRound = {
      number,
      tallies: talliesOf(ids, votes, (option) => continuing[option] === 1),
      elected: [],
      eliminated: [],
      exhausted,
      transferred,
      lostToRounding: 0,
    };
    result.rounds.push(round);

    const inCount = continuingOptions(continuing);
    const continuingVotes = inCount.reduce((sum, option) => sum + votes[option]!, 0);
    if (continuingVotes === 0) break;
    const leader = inCount.reduce((best, option) => (votes[option]! > votes[best]! ? option : best));
    if (votes[leader]! * 2 > continuingVotes) {
      winner = leader;
      round.elected.push(ids[leader]!);
      break;
    }

    const fewest = Math.min(...inCount.map((option) => votes[option]!));
    const lowest = inCount.filter((option) => votes[option] === fewest);
    const loser =
      lowest.length === 1
        ? lowest[0]!
        : tieBreaker.settle({
            purpose: TiePurpose.ELIMINATION,
            round: number,
            tied: lowest,
            history: history.slice(0, -1).reverse(),
            fewerFirst: true,
            onlyFirst: true,
          })[0]!;
    round.eliminated.push(ids[loser]!);
    continuing[loser] = 0;
    eliminated.push(loser);

    transferred = 0;
    piles.moveAll(loser, continuing, (group, to) => {
      const count = counts[group]!;
      if (to === EXHAUSTED) {
        exhausted += count;
      } else {
        votes[to]! += count;
        transferred += count;
      }
    });
    votes[loser] = 0;
  }

  if (winner !== null) {
    result.winners = [ids[winner]!];
    const others = continuingOptions(continuing).filter((option) => option !== winner);
    const last = history[history.length - 1]!;
    const runnersUp = orderByVotes(
      others,
      last,
      history.slice(0, -1).reverse(),
      tieBreaker,
      result.rounds.length,
    );
    result.ranking = [winner, ...runnersUp, ...eliminated.reverse()].map((option) => ids[option]!);
  }
  result.tieBreaks = tieBreaker.records;
  return result;
}

function continuingOptions(continuing: Uint8Array): number[] {
  const options: number[] = [];
  continuing.forEach((flag, option) => flag === 1 && options.push(option));
  return options;
}
