import { InvalidBallotError } from './ballot-issues';
import { BallotValidator } from './validate-ballot';
import type { BallotLine, RoundRules } from './types';

/**
 * Walks ballot lines for the methods that count them one by one (score, dot, approval, consent), checking
 * each as `BallotValidator` does; a bad line throws `InvalidBallotError` at `ballots.<line>`. Returns the
 * ballots counted.
 */
export function readBallots(
  rules: RoundRules,
  ballots: Iterable<BallotLine>,
  visit: (ballot: BallotLine, count: number) => void,
): number {
  const validator = new BallotValidator(rules);
  let line = 0;
  let ballotsCast = 0;
  for (const ballot of ballots) {
    const issue = validator.validate(ballot)[0];
    if (issue) throw InvalidBallotError.atLine(line, issue);
    const count = ballot.count ?? 1;
    visit(ballot, count);
    ballotsCast += count;
    line++;
  }
  return ballotsCast;
}
