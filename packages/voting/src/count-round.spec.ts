import { countRound } from './count-round';

describe('countRound', () => {
  const optionIds = ['a', 'b', 'c'];

  it('counts each method by its own rules', () => {
    // Instant runoff: a 4, b 3, c 2 of 9; c out, b 5 of 9. STV, 2 seats, quota 4: a elected, c excluded, b.
    // Schulze: b beats a 5 to 4 and c 3 to 2.
    const ranked = [
      { ranking: ['a'], count: 4 },
      { ranking: ['b'], count: 3 },
      { ranking: ['c', 'b'], count: 2 },
    ];
    expect(countRound({ method: 'RANKED_CHOICE', optionIds, tieBreakSeed: 's' }, ranked).winners).toEqual([
      'b',
    ]);
    expect(countRound({ method: 'STV', optionIds, seats: 2, tieBreakSeed: 's' }, ranked).winners).toEqual([
      'a',
      'b',
    ]);
    expect(countRound({ method: 'SCHULZE', optionIds, tieBreakSeed: 's' }, ranked).winners).toEqual(['b']);
    expect(
      countRound({ method: 'SCORE', optionIds, scoreMin: 0, scoreMax: 3, tieBreakSeed: 's' }, [
        { scores: [{ optionId: 'c', score: 3 }] },
      ]).winners,
    ).toEqual(['c']);
    expect(
      countRound({ method: 'DOT', optionIds, dotsPerVoter: 2, tieBreakSeed: 's' }, [
        { dots: [{ optionId: 'b', count: 2 }] },
      ]).winners,
    ).toEqual(['b']);
    expect(
      countRound({ method: 'APPROVAL', optionIds, tieBreakSeed: 's' }, [{ approvals: ['a'] }]).winners,
    ).toEqual(['a']);
    expect(
      countRound({ method: 'CONSENT', optionIds: ['a'], tieBreakSeed: 's' }, [{ position: 'CONSENT' }])
        .winners,
    ).toEqual(['a']);
  });

  it('reads ballots from any iterable, such as a generator over streamed rows', () => {
    function* rows() {
      yield { ranking: ['c'], count: 4 };
      yield { ranking: ['a', 'c'], count: 1 };
    }
    const result = countRound({ method: 'RANKED_CHOICE', optionIds, tieBreakSeed: 's' }, rows());
    expect(result).toMatchObject({ winners: ['c'], ballotsCast: 5 });
  });
});
