import { countApproval } from './approval';
import { countConsent } from './consent';
import { countDot } from './dot';
import { countRankedChoice } from './ranked-choice';
import { countSchulze } from './schulze';
import { countScore } from './score';
import { countStv } from './stv';
import { VotingMethod, type BallotLine, type CountResult, type RankedBallot, type RoundRules } from './types';

/**
 * Counts a round's ballots by its method: the one entry point a service needs. Ballots may be any
 * iterable, so rows can be streamed in; ranked methods keep only grouped rankings, never the lines.
 */
export function countRound(rules: RoundRules, ballots: Iterable<BallotLine>): CountResult {
  const ranked = {
    optionIds: rules.optionIds,
    ballots: rankingsOf(ballots),
    tieBreakSeed: rules.tieBreakSeed,
  };
  switch (rules.method) {
    case VotingMethod.RANKED_CHOICE:
      return countRankedChoice(ranked);
    case VotingMethod.STV:
      return countStv({ ...ranked, seats: rules.seats ?? 1 });
    case VotingMethod.SCHULZE:
      return countSchulze({ ...ranked, seats: rules.seats ?? 1 });
    case VotingMethod.SCORE:
      return countScore(rules, ballots);
    case VotingMethod.DOT:
      return countDot(rules, ballots);
    case VotingMethod.APPROVAL:
      return countApproval(rules, ballots);
    case VotingMethod.CONSENT:
      return countConsent(rules, ballots);
  }
}

function* rankingsOf(ballots: Iterable<BallotLine>): Iterable<RankedBallot> {
  for (const ballot of ballots) yield { ranking: ballot.ranking ?? [], count: ballot.count ?? 1 };
}
