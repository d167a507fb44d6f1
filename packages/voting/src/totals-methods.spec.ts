import { countApproval } from './approval';
import { countDot } from './dot';
import { countScore } from './score';
import { drawOrder } from './tie-breaker';
import { thrownIssue } from './test-support/thrown-issue';

const optionIds = ['park', 'rent', 'bus'];

describe('countScore', () => {
  it('sums scores, unscored options getting nothing, and ranks by the sum', () => {
    const result = countScore({ optionIds, scoreMin: -2, scoreMax: 2, tieBreakSeed: 's' }, [
      {
        scores: [
          { optionId: 'park', score: 2 },
          { optionId: 'rent', score: -2 },
        ],
        count: 3,
      },
      {
        scores: [
          { optionId: 'rent', score: 2 },
          { optionId: 'bus', score: 1 },
        ],
        count: 2,
      },
      { scores: [{ optionId: 'bus', score: 2 }] },
    ]);
    // park 6, rent -6 + 4 = -2, bus 2 + 2 = 4.
    expect(result.totals).toEqual([
      { optionId: 'park', value: 6 },
      { optionId: 'rent', value: -2 },
      { optionId: 'bus', value: 4 },
    ]);
    expect(result.ranking).toEqual(['park', 'bus', 'rent']);
    expect(result.winners).toEqual(['park']);
    expect(result.ballotsCast).toBe(6);
  });

  it('refuses a score out of range at its line and field', () => {
    expect(
      thrownIssue(() =>
        countScore({ optionIds, scoreMin: 0, scoreMax: 5, tieBreakSeed: 's' }, [
          { scores: [{ optionId: 'park', score: 6 }] },
        ]),
      ),
    ).toEqual({
      code: 'SCORE_OUT_OF_RANGE',
      field: 'ballots.0.scores.0.score',
    });
  });
});

describe('countDot', () => {
  it('adds up dots, several on one option allowed, and gives the top `seats` as winners', () => {
    const result = countDot({ optionIds, dotsPerVoter: 5, seats: 2, tieBreakSeed: 's' }, [
      { dots: [{ optionId: 'rent', count: 5 }] },
      {
        dots: [
          { optionId: 'bus', count: 3 },
          { optionId: 'park', count: 2 },
        ],
        count: 2,
      },
    ]);
    expect(result.totals).toEqual([
      { optionId: 'park', value: 4 },
      { optionId: 'rent', value: 5 },
      { optionId: 'bus', value: 6 },
    ]);
    expect(result.winners).toEqual(['bus', 'rent']);
  });

  it('refuses more dots than allowed', () => {
    const count = () =>
      countDot({ optionIds, dotsPerVoter: 3, tieBreakSeed: 's' }, [
        {
          dots: [
            { optionId: 'rent', count: 2 },
            { optionId: 'bus', count: 2 },
          ],
        },
      ]);
    expect(thrownIssue(count)).toEqual({ code: 'TOO_MANY_DOTS', field: 'ballots.0.dots' });
  });
});

describe('countApproval', () => {
  it('counts approvals and settles an equal top by the seeded draw, recorded', () => {
    const result = countApproval({ optionIds, tieBreakSeed: 'round-42' }, [
      { approvals: ['park', 'rent'] },
      { approvals: ['rent', 'park', 'bus'] },
      { approvals: [] },
    ]);
    expect(result.totals.map((total) => total.value)).toEqual([2, 2, 1]);
    const drawn = drawOrder('round-42', 1, ['park', 'rent']);
    expect(result.ranking).toEqual([...drawn, 'bus']);
    expect(result.winners).toEqual([drawn[0]]);
    expect(result.tieBreaks).toEqual([
      {
        purpose: 'RANKING',
        round: null,
        tied: ['park', 'rent'],
        resolvedBy: 'DRAW',
        order: drawn,
        drawNumber: 1,
      },
    ]);
    expect(result.ballotsCast).toBe(3);
  });

  it('elects nobody without ballots', () => {
    const result = countApproval({ optionIds, tieBreakSeed: 's' }, []);
    expect(result.winners).toEqual([]);
    expect(result.totals.map((total) => total.value)).toEqual([0, 0, 0]);
  });
});
