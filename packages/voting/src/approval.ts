import { countTotals } from './totals-count';
import { VotingMethod, type BallotLine, type CountResult, type RoundRules } from './types';

/** APPROVAL (API.md): each ballot approves any number of options; an option's total is its approvals. The highest total wins. */
export function countApproval(rules: Omit<RoundRules, 'method'>, ballots: Iterable<BallotLine>): CountResult {
  return countTotals({ ...rules, method: VotingMethod.APPROVAL }, ballots, (ballot, add) => {
    for (const optionId of ballot.approvals ?? []) add(optionId, 1);
  });
}
