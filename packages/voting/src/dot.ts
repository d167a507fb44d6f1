import { countTotals } from './totals-count';
import { VotingMethod, type BallotLine, type CountResult, type RoundRules } from './types';

/**
 * DOT (API.md, cumulative): each ballot spreads up to dotsPerVoter dots over options, several on one
 * option if it likes; an option's total is its dots. The highest total wins.
 */
export function countDot(rules: Omit<RoundRules, 'method'>, ballots: Iterable<BallotLine>): CountResult {
  return countTotals({ ...rules, method: VotingMethod.DOT }, ballots, (ballot, add) => {
    for (const { optionId, count } of ballot.dots ?? []) add(optionId, count);
  });
}
