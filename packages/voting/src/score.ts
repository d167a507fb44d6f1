import { countTotals } from './totals-count';
import { VotingMethod, type BallotLine, type CountResult, type RoundRules } from './types';

/**
 * SCORE (API.md): each ballot scores options from scoreMin to scoreMax; an option's total is the sum of
 * its scores. An option a ballot leaves unscored gets nothing from it (not scoreMin), so a voter may
 * skip options they do not know. The highest total wins.
 */
export function countScore(rules: Omit<RoundRules, 'method'>, ballots: Iterable<BallotLine>): CountResult {
  return countTotals({ ...rules, method: VotingMethod.SCORE }, ballots, (ballot, add) => {
    for (const { optionId, score } of ballot.scores ?? []) add(optionId, score);
  });
}
