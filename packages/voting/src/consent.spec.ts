import { countConsent } from './consent';
import { thrownIssue } from './test-support/thrown-issue';

const proposal = { optionIds: ['rent-strike'], tieBreakSeed: 's' };

describe('countConsent', () => {
  it('passes when nobody blocks; stand-asides and objections are counted and heard', () => {
    const result = countConsent(proposal, [
      { position: 'CONSENT', count: 8 },
      { position: 'STAND_ASIDE', reason: 'I cannot take part in March', count: 1 },
      { position: 'OBJECT', reason: 'Start with one building' },
      { position: 'OBJECT', reason: 'Start with one building' },
    ]);
    expect(result.positions).toEqual([
      { position: 'CONSENT', count: 8 },
      { position: 'STAND_ASIDE', count: 1 },
      { position: 'OBJECT', count: 2 },
      { position: 'BLOCK', count: 0 },
    ]);
    expect(result.consent).toEqual({
      passed: true,
      blocks: 0,
      objections: 2,
      reasons: [
        { position: 'STAND_ASIDE', reason: 'I cannot take part in March', count: 1 },
        { position: 'OBJECT', reason: 'Start with one building', count: 2 },
      ],
    });
    expect(result.winners).toEqual(['rent-strike']);
    expect(result.ballotsCast).toBe(11);
  });

  it('fails on a single block: no winner', () => {
    const result = countConsent(proposal, [
      { position: 'CONSENT', count: 50 },
      { position: 'BLOCK', reason: 'Endangers undocumented tenants' },
    ]);
    expect(result.consent!.passed).toBe(false);
    expect(result.winners).toEqual([]);
  });

  it('fails when objections pass the limit, as a count or as a share of ballots cast', () => {
    const ballots = [
      { position: 'CONSENT' as const, count: 7 },
      { position: 'OBJECT' as const, reason: 'too soon', count: 3 },
    ];
    expect(
      countConsent({ ...proposal, objectionLimit: { kind: 'COUNT', value: 3 } }, ballots).consent!.passed,
    ).toBe(true);
    expect(
      countConsent({ ...proposal, objectionLimit: { kind: 'COUNT', value: 2 } }, ballots).consent!.passed,
    ).toBe(false);
    expect(
      countConsent({ ...proposal, objectionLimit: { kind: 'SHARE', value: 0.3 } }, ballots).consent!.passed,
    ).toBe(true);
    expect(
      countConsent({ ...proposal, objectionLimit: { kind: 'SHARE', value: 0.25 } }, ballots).consent!.passed,
    ).toBe(false);
  });

  it('makes every option of a passed shortlist a winner, in the round order', () => {
    const result = countConsent({ optionIds: ['a', 'b', 'c'], tieBreakSeed: 's' }, [{ position: 'CONSENT' }]);
    expect(result.winners).toEqual(['a', 'b', 'c']);
  });

  it('does not pass without ballots', () => {
    expect(countConsent(proposal, []).consent!.passed).toBe(false);
  });

  it('refuses an objection without a reason', () => {
    expect(thrownIssue(() => countConsent(proposal, [{ position: 'OBJECT' }]))).toEqual({
      code: 'REASON_REQUIRED',
      field: 'ballots.0.reason',
    });
  });
});
