import { BallotValidator, validateBallot } from './validate-ballot';
import type { BallotLine, RoundRules } from './types';

const optionIds = ['a', 'b', 'c'];
const rules = (method: RoundRules['method'], extra: Partial<RoundRules> = {}): RoundRules => ({
  method,
  optionIds,
  tieBreakSeed: 's',
  ...extra,
});
const issues = (round: RoundRules, ballot: BallotLine) =>
  validateBallot(round, ballot).map(({ code, field }) => ({ code, field }));

describe('validateBallot', () => {
  it('accepts a valid ballot of each method', () => {
    expect(issues(rules('RANKED_CHOICE'), { ranking: ['b', 'a'] })).toEqual([]);
    expect(issues(rules('STV'), { ranking: ['c'], count: 12 })).toEqual([]);
    expect(issues(rules('SCHULZE'), { ranking: ['a', 'b', 'c'] })).toEqual([]);
    expect(
      issues(rules('SCORE', { scoreMin: 0, scoreMax: 5 }), {
        scores: [
          { optionId: 'a', score: 0 },
          { optionId: 'b', score: 5 },
        ],
      }),
    ).toEqual([]);
    expect(issues(rules('DOT', { dotsPerVoter: 3 }), { dots: [{ optionId: 'a', count: 3 }] })).toEqual([]);
    expect(issues(rules('APPROVAL'), { approvals: [] })).toEqual([]);
    expect(issues(rules('CONSENT'), { position: 'STAND_ASIDE' })).toEqual([]);
    // Parts a GraphQL input sends empty or null are absent.
    expect(
      issues(rules('RANKED_CHOICE'), { ranking: ['a'], scores: [], approvals: null, reason: '' }),
    ).toEqual([]);
  });

  it('refuses an unknown option and a repeated option, naming the entry', () => {
    expect(issues(rules('RANKED_CHOICE'), { ranking: ['a', 'x'] })).toEqual([
      { code: 'UNKNOWN_OPTION', field: 'ranking.1' },
    ]);
    expect(issues(rules('STV'), { ranking: ['a', 'b', 'a'] })).toEqual([
      { code: 'REPEATED_OPTION', field: 'ranking.2' },
    ]);
    expect(issues(rules('APPROVAL'), { approvals: ['c', 'c'] })).toEqual([
      { code: 'REPEATED_OPTION', field: 'approvals.1' },
    ]);
    expect(
      issues(rules('SCORE', { scoreMin: 0, scoreMax: 5 }), { scores: [{ optionId: 'q', score: 1 }] }),
    ).toEqual([{ code: 'UNKNOWN_OPTION', field: 'scores.0.optionId' }]);
    expect(
      issues(rules('DOT', { dotsPerVoter: 5 }), {
        dots: [
          { optionId: 'a', count: 1 },
          { optionId: 'a', count: 1 },
        ],
      }),
    ).toEqual([{ code: 'REPEATED_OPTION', field: 'dots.1.optionId' }]);
  });

  it('refuses an empty ranking', () => {
    expect(issues(rules('RANKED_CHOICE'), { ranking: [] })).toEqual([
      { code: 'EMPTY_RANKING', field: 'ranking' },
    ]);
  });

  it('refuses scores out of range or not whole', () => {
    const score = rules('SCORE', { scoreMin: 1, scoreMax: 5 });
    expect(
      issues(score, {
        scores: [
          { optionId: 'a', score: 0 },
          { optionId: 'b', score: 6 },
          { optionId: 'c', score: 2.5 },
        ],
      }),
    ).toEqual([
      { code: 'SCORE_OUT_OF_RANGE', field: 'scores.0.score' },
      { code: 'SCORE_OUT_OF_RANGE', field: 'scores.1.score' },
      { code: 'SCORE_OUT_OF_RANGE', field: 'scores.2.score' },
    ]);
  });

  it('refuses too many dots and dot counts below 1', () => {
    const dot = rules('DOT', { dotsPerVoter: 4 });
    expect(
      issues(dot, {
        dots: [
          { optionId: 'a', count: 3 },
          { optionId: 'b', count: 2 },
        ],
      }),
    ).toEqual([{ code: 'TOO_MANY_DOTS', field: 'dots' }]);
    expect(issues(dot, { dots: [{ optionId: 'a', count: 0 }] })).toEqual([
      { code: 'INVALID_DOT_COUNT', field: 'dots.0.count' },
    ]);
  });

  it('refuses parts the method does not use', () => {
    expect(issues(rules('RANKED_CHOICE'), { ranking: ['a'], approvals: ['b'] })).toEqual([
      { code: 'PARTS_MISMATCH', field: 'approvals' },
    ]);
    expect(issues(rules('APPROVAL'), { approvals: ['a'], position: 'CONSENT' })).toEqual([
      { code: 'PARTS_MISMATCH', field: 'position' },
    ]);
    expect(issues(rules('SCORE', { scoreMin: 0, scoreMax: 1 }), { reason: 'because' })).toEqual([
      { code: 'PARTS_MISMATCH', field: 'reason' },
    ]);
  });

  it('refuses a consent ballot without a valid position, and an objection or block without a reason', () => {
    expect(issues(rules('CONSENT'), {})).toEqual([{ code: 'INVALID_POSITION', field: 'position' }]);
    expect(issues(rules('CONSENT'), { position: 'MAYBE' as never })).toEqual([
      { code: 'INVALID_POSITION', field: 'position' },
    ]);
    expect(issues(rules('CONSENT'), { position: 'BLOCK', reason: '  ' })).toEqual([
      { code: 'REASON_REQUIRED', field: 'reason' },
    ]);
  });

  it('refuses a count that is not a whole number of at least 1', () => {
    expect(issues(rules('RANKED_CHOICE'), { ranking: ['a'], count: 0 })).toEqual([
      { code: 'INVALID_COUNT', field: 'count' },
    ]);
    expect(issues(rules('RANKED_CHOICE'), { ranking: ['a'], count: 1.5 })).toEqual([
      { code: 'INVALID_COUNT', field: 'count' },
    ]);
  });

  it('gives every issue a message', () => {
    const validator = new BallotValidator(rules('DOT', { dotsPerVoter: 1 }));
    for (const issue of validator.validate({ dots: [{ optionId: 'z', count: 2 }], ranking: ['a'] }))
      expect(issue.message.length).toBeGreaterThan(5);
  });

  it('refuses round rules a method cannot count with', () => {
    expect(() => new BallotValidator(rules('SCORE', { scoreMin: 5, scoreMax: 1 }))).toThrow('scoreMin');
    expect(() => new BallotValidator(rules('DOT'))).toThrow('dotsPerVoter');
    expect(() => new BallotValidator({ ...rules('APPROVAL'), optionIds: ['a', 'a'] })).toThrow('twice');
  });
});
