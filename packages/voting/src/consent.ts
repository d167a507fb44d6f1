import { emptyResult } from './count-result';
import { readBallots } from './read-ballots';
import {
  ConsentPosition,
  VotingMethod,
  type BallotLine,
  type ConsentReason,
  type CountResult,
  type ObjectionLimit,
  type RoundRules,
} from './types';

const POSITION_ORDER: readonly ConsentPosition[] = [
  ConsentPosition.CONSENT,
  ConsentPosition.STAND_ASIDE,
  ConsentPosition.OBJECT,
  ConsentPosition.BLOCK,
];

/**
 * CONSENT (API.md: "passes when nobody blocks, and the round's objection threshold, if set, is not
 * passed; a single BLOCK means no winner"). A consent round asks one question of the whole electorate:
 * do we adopt the round's options (one proposal, or the shortlist an earlier stage chose) together?
 * Each ballot takes one position; OBJECT and BLOCK carry a reason. It passes when at least one ballot
 * was cast, no ballot blocks, and the objections are within `objectionLimit` (no limit: objections are
 * recorded and heard but never fail the round). Passed, every option is a winner in the round's order;
 * not passed, there is none. Stand-asides never count against it.
 */
export function countConsent(rules: Omit<RoundRules, 'method'>, ballots: Iterable<BallotLine>): CountResult {
  const tally = new Map<ConsentPosition, number>(POSITION_ORDER.map((position) => [position, 0]));
  const reasons = new Map<string, ConsentReason>();
  const ballotsCast = readBallots({ ...rules, method: VotingMethod.CONSENT }, ballots, (ballot, count) => {
    const position = ballot.position!;
    tally.set(position, tally.get(position)! + count);
    const reason = ballot.reason?.trim();
    if (reason) {
      const key = `${position}\n${reason}`;
      const known = reasons.get(key);
      if (known) known.count += count;
      else reasons.set(key, { position, reason, count });
    }
  });

  const blocks = tally.get(ConsentPosition.BLOCK)!;
  const objections = tally.get(ConsentPosition.OBJECT)!;
  const passed =
    ballotsCast > 0 && blocks === 0 && withinLimit(objections, ballotsCast, rules.objectionLimit);
  const result = emptyResult(VotingMethod.CONSENT, ballotsCast);
  result.positions = POSITION_ORDER.map((position) => ({ position, count: tally.get(position)! }));
  result.consent = {
    passed,
    blocks,
    objections,
    reasons: [...reasons.values()].sort(
      (x, y) => POSITION_ORDER.indexOf(x.position) - POSITION_ORDER.indexOf(y.position),
    ),
  };
  if (passed) {
    result.winners = [...rules.optionIds];
    result.ranking = [...rules.optionIds];
  }
  return result;
}

function withinLimit(objections: number, ballotsCast: number, limit: ObjectionLimit | undefined): boolean {
  if (!limit) return true;
  return limit.kind === 'COUNT' ? objections <= limit.value : objections <= limit.value * ballotsCast;
}
