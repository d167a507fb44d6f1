import { emptyResult } from './count-result';
import { OptionIndex } from './option-index';
import { orderByVotes } from './order-by-votes';
import { readBallots } from './read-ballots';
import { TieBreaker } from './tie-breaker';
import type { BallotLine, CountResult, RoundRules } from './types';

/**
 * The count shared by SCORE, DOT and APPROVAL (API.md: "the highest total wins; ranking orders by
 * total"): each ballot adds to options' totals as `contribution` says; the ranking is by total, most
 * first, equal totals by the seeded draw; winners are the first `seats` of it.
 */
export function countTotals(
  rules: RoundRules,
  ballots: Iterable<BallotLine>,
  contribution: (ballot: BallotLine, add: (optionId: string, amount: number) => void) => void,
): CountResult {
  const options = new OptionIndex(rules.optionIds);
  const totals = new Float64Array(options.size);
  const ballotsCast = readBallots(rules, ballots, (ballot, count) =>
    contribution(ballot, (optionId, amount) => {
      totals[options.positionOf(optionId)!]! += amount * count;
    }),
  );
  const result = emptyResult(rules.method, ballotsCast);
  result.totals = rules.optionIds.map((optionId, position) => ({ optionId, value: totals[position]! }));
  if (ballotsCast === 0) return result;
  const tieBreaker = new TieBreaker(rules.tieBreakSeed, rules.optionIds);
  result.ranking = orderByVotes([...rules.optionIds.keys()], totals, [], tieBreaker, null).map(
    (position) => rules.optionIds[position]!,
  );
  result.winners = result.ranking.slice(0, rules.seats ?? 1);
  result.tieBreaks = tieBreaker.records;
  return result;
}
