import { InvalidBallotError, type BallotIssue } from '../ballot-issues';

/** The issue of the `InvalidBallotError` that `count` throws; fails the test when it throws nothing else. */
export function thrownIssue(count: () => unknown): Pick<BallotIssue, 'code' | 'field'> {
  try {
    count();
  } catch (error) {
    if (error instanceof InvalidBallotError) return { code: error.issue.code, field: error.issue.field };
    throw error;
  }
  throw new Error('expected an InvalidBallotError, nothing was thrown');
}
