import type { FieldIssue } from '@groundwork/contracts';
import { BallotValidator, type BallotIssue, type BallotLine } from '@groundwork/voting';
import type { Round } from '../rounds/round';
import { roundRules } from '../rounds/round-rules';
import { BallotErrors } from './ballot.errors';

const ISSUES_REPORTED = 20;

/**
 * Checks ballots against their round with `@groundwork/voting`'s validator (API.md "Refusals"): an
 * unknown or repeated option, a score out of range, too many dots, a part the method does not use.
 * A refusal is BAD_USER_INPUT naming the field (`ranking.2`, or `ballots.12.ranking.2` for paper
 * lines) and the validator's code (`details.issueCode`).
 */
export class BallotChecker {
  private readonly validator: BallotValidator;

  constructor(round: Round) {
    this.validator = new BallotValidator(roundRules(round));
  }

  /** Throws BAD_USER_INPUT when any ballot is bad; `prefix(index)` places a ballot's fields (`ballots.3`). */
  assertValid(ballots: readonly BallotLine[], prefix?: (index: number) => string): void {
    const issues: Array<BallotIssue & { field: string }> = [];
    ballots.forEach((ballot, index) => {
      if (issues.length >= ISSUES_REPORTED) return;
      for (const issue of this.validator.validate(ballot)) {
        issues.push({ ...issue, field: prefix ? `${prefix(index)}.${issue.field}` : issue.field });
      }
    });
    const [first] = issues;
    if (!first) return;
    const fieldIssues: FieldIssue[] = issues
      .slice(0, ISSUES_REPORTED)
      .map((issue) => ({ field: issue.field, message: `${issue.message} (${issue.code})` }));
    throw BallotErrors.invalid(`${first.field} ${first.message} (${first.code})`, {
      field: first.field,
      issueCode: first.code,
      issues: fieldIssues,
    });
  }
}
