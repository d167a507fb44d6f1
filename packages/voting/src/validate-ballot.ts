import { BallotIssueCode, isWholeNumberAtLeast, type BallotIssue } from './ballot-issues';
import { OptionIndex } from './option-index';
import { ConsentPosition, VotingMethod, type BallotLine, type RoundRules } from './types';

type BallotPart = 'ranking' | 'scores' | 'dots' | 'approvals' | 'position' | 'reason';

/** The part each method reads; any other part on its ballots is refused (API.md "Refusals"). */
const PARTS_OF: Record<VotingMethod, readonly BallotPart[]> = {
  RANKED_CHOICE: ['ranking'],
  STV: ['ranking'],
  SCHULZE: ['ranking'],
  SCORE: ['scores'],
  DOT: ['dots'],
  APPROVAL: ['approvals'],
  CONSENT: ['position', 'reason'],
};
const ALL_PARTS: readonly BallotPart[] = ['ranking', 'scores', 'dots', 'approvals', 'position', 'reason'];
const POSITIONS = new Set<string>(Object.values(ConsentPosition));

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim().length > 0;
  return true;
}

/**
 * Checks ballots against one round's rules (API.md "Refusals"): an unknown or repeated option, a score
 * outside scoreMin..scoreMax, more dots than dotsPerVoter, a part the method does not use. Build one per
 * round and call `validate` per ballot; an empty list means the ballot is valid.
 */
export class BallotValidator {
  private readonly options: OptionIndex;
  private readonly positions: number[] = [];

  constructor(private readonly rules: RoundRules) {
    this.options = new OptionIndex(rules.optionIds);
    if (
      rules.method === VotingMethod.SCORE &&
      !(
        Number.isSafeInteger(rules.scoreMin) &&
        Number.isSafeInteger(rules.scoreMax) &&
        rules.scoreMin! <= rules.scoreMax!
      )
    ) {
      throw new Error('a SCORE round needs whole scoreMin <= scoreMax');
    }
    if (rules.method === VotingMethod.DOT && !isWholeNumberAtLeast(rules.dotsPerVoter, 1)) {
      throw new Error('a DOT round needs dotsPerVoter >= 1');
    }
  }

  validate(ballot: BallotLine): BallotIssue[] {
    const issues: BallotIssue[] = [];
    const parts = PARTS_OF[this.rules.method];
    for (const part of ALL_PARTS) {
      if (!parts.includes(part) && isPresent(ballot[part])) {
        issues.push({
          code: BallotIssueCode.PARTS_MISMATCH,
          field: part,
          message: `a ${this.rules.method} ballot has no ${part}`,
        });
      }
    }
    if (ballot.count !== undefined && ballot.count !== null && !isWholeNumberAtLeast(ballot.count, 1)) {
      issues.push({
        code: BallotIssueCode.INVALID_COUNT,
        field: 'count',
        message: 'must be a whole number of at least 1',
      });
    }
    switch (this.rules.method) {
      case VotingMethod.RANKED_CHOICE:
      case VotingMethod.STV:
      case VotingMethod.SCHULZE:
        this.checkRanking(ballot.ranking ?? [], issues);
        break;
      case VotingMethod.SCORE:
        this.checkScores(ballot, issues);
        break;
      case VotingMethod.DOT:
        this.checkDots(ballot, issues);
        break;
      case VotingMethod.APPROVAL:
        this.pushIssue(this.options.resolve(ballot.approvals ?? [], 'approvals', this.positions), issues);
        break;
      case VotingMethod.CONSENT:
        this.checkPosition(ballot, issues);
        break;
    }
    return issues;
  }

  private checkRanking(ranking: readonly string[], issues: BallotIssue[]): void {
    if (ranking.length === 0) {
      issues.push({
        code: BallotIssueCode.EMPTY_RANKING,
        field: 'ranking',
        message: 'must rank at least one option',
      });
      return;
    }
    this.pushIssue(this.options.resolve(ranking, 'ranking', this.positions), issues);
  }

  private checkScores(ballot: BallotLine, issues: BallotIssue[]): void {
    const scores = ballot.scores ?? [];
    const min = this.rules.scoreMin!;
    const max = this.rules.scoreMax!;
    this.pushIssue(
      this.options.resolve(
        scores.map((entry) => entry.optionId),
        'scores',
        this.positions,
      ),
      issues,
      '.optionId',
    );
    scores.forEach((entry, i) => {
      if (!Number.isSafeInteger(entry.score) || entry.score < min || entry.score > max) {
        issues.push({
          code: BallotIssueCode.SCORE_OUT_OF_RANGE,
          field: `scores.${i}.score`,
          message: `must be a whole number from ${min} to ${max}`,
        });
      }
    });
  }

  private checkDots(ballot: BallotLine, issues: BallotIssue[]): void {
    const dots = ballot.dots ?? [];
    this.pushIssue(
      this.options.resolve(
        dots.map((entry) => entry.optionId),
        'dots',
        this.positions,
      ),
      issues,
      '.optionId',
    );
    let total = 0;
    dots.forEach((entry, i) => {
      if (!isWholeNumberAtLeast(entry.count, 1)) {
        issues.push({
          code: BallotIssueCode.INVALID_DOT_COUNT,
          field: `dots.${i}.count`,
          message: 'must be a whole number of at least 1',
        });
      } else {
        total += entry.count;
      }
    });
    if (total > this.rules.dotsPerVoter!) {
      issues.push({
        code: BallotIssueCode.TOO_MANY_DOTS,
        field: 'dots',
        message: `${total} dots placed, at most ${this.rules.dotsPerVoter} allowed`,
      });
    }
  }

  private checkPosition(ballot: BallotLine, issues: BallotIssue[]): void {
    const position = ballot.position;
    if (typeof position !== 'string' || !POSITIONS.has(position)) {
      issues.push({
        code: BallotIssueCode.INVALID_POSITION,
        field: 'position',
        message: `must be one of ${[...POSITIONS].join(', ')}`,
      });
      return;
    }
    // Sociocratic practice, kept here: an objection or a block is only useful with its reason.
    if (
      (position === ConsentPosition.OBJECT || position === ConsentPosition.BLOCK) &&
      !isPresent(ballot.reason)
    ) {
      issues.push({
        code: BallotIssueCode.REASON_REQUIRED,
        field: 'reason',
        message: `a ${position} needs a reason`,
      });
    }
  }

  /** Adds a list issue, pointing inside the entry (`scores.2` + `.optionId`) for lists of objects. */
  private pushIssue(issue: BallotIssue | null, issues: BallotIssue[], entryField = ''): void {
    if (issue) issues.push({ ...issue, field: issue.field + entryField });
  }
}

/** One-off form of `BallotValidator` for a single ballot. */
export function validateBallot(rules: RoundRules, ballot: BallotLine): BallotIssue[] {
  return new BallotValidator(rules).validate(ballot);
}
