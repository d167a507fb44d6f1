import { countSchulze } from './schulze';
import { drawOrder } from './tie-breaker';

const votes = (
  result: ReturnType<typeof countSchulze>,
  key: 'pairwise' | 'strongestPaths',
  a: string,
  b: string,
) => result[key].find((entry) => entry.a === a && entry.b === b)!.votes;

describe('countSchulze', () => {
  // The 45-voter example of Schulze's method (Wikipedia, "Schulze method", Example): winner E, E > A > C > B > D.
  const example = [
    { ranking: ['A', 'C', 'B', 'E', 'D'], count: 5 },
    { ranking: ['A', 'D', 'E', 'C', 'B'], count: 5 },
    { ranking: ['B', 'E', 'D', 'A', 'C'], count: 8 },
    { ranking: ['C', 'A', 'B', 'E', 'D'], count: 3 },
    { ranking: ['C', 'A', 'E', 'B', 'D'], count: 7 },
    { ranking: ['C', 'B', 'A', 'D', 'E'], count: 2 },
    { ranking: ['D', 'C', 'E', 'B', 'A'], count: 7 },
    { ranking: ['E', 'B', 'A', 'D', 'C'], count: 8 },
  ];
  const result = countSchulze({
    optionIds: ['A', 'B', 'C', 'D', 'E'],
    ballots: example,
    tieBreakSeed: 'seed',
  });

  it('builds the pairwise matrix of the textbook example', () => {
    const expected: Record<string, number[]> = {
      A: [0, 20, 26, 30, 22],
      B: [25, 0, 16, 33, 18],
      C: [19, 29, 0, 17, 24],
      D: [15, 12, 28, 0, 14],
      E: [23, 27, 21, 31, 0],
    };
    for (const [a, row] of Object.entries(expected)) {
      row.forEach((value, j) => {
        const b = 'ABCDE'[j]!;
        if (a !== b) expect(votes(result, 'pairwise', a, b)).toBe(value);
      });
    }
    expect(result.pairwise).toHaveLength(20);
  });

  it('finds the strongest paths by winning votes', () => {
    const expected: Record<string, number[]> = {
      A: [0, 28, 28, 30, 24],
      B: [25, 0, 28, 33, 24],
      C: [25, 29, 0, 29, 24],
      D: [25, 28, 28, 0, 24],
      E: [25, 28, 28, 31, 0],
    };
    for (const [a, row] of Object.entries(expected)) {
      row.forEach((value, j) => {
        const b = 'ABCDE'[j]!;
        if (a !== b) expect(votes(result, 'strongestPaths', a, b)).toBe(value);
      });
    }
  });

  it('ranks E > A > C > B > D with E the winner and no tie', () => {
    expect(result.ranking).toEqual(['E', 'A', 'C', 'B', 'D']);
    expect(result.winners).toEqual(['E']);
    expect(result.tieBreaks).toEqual([]);
    expect(result.ballotsCast).toBe(45);
  });

  it('counts unranked options below ranked ones and equal among themselves', () => {
    const partial = countSchulze({
      optionIds: ['A', 'B', 'C'],
      ballots: [
        { ranking: ['A'], count: 3 },
        { ranking: ['B', 'C'], count: 2 },
      ],
      tieBreakSeed: 's',
    });
    expect(votes(partial, 'pairwise', 'A', 'B')).toBe(3);
    expect(votes(partial, 'pairwise', 'A', 'C')).toBe(3);
    expect(votes(partial, 'pairwise', 'B', 'C')).toBe(2);
    expect(votes(partial, 'pairwise', 'C', 'B')).toBe(0);
    expect(votes(partial, 'pairwise', 'B', 'A')).toBe(2);
    expect(partial.ranking).toEqual(['A', 'B', 'C']);
  });

  it('gives the top `seats` of the ranking as winners', () => {
    const two = countSchulze({
      optionIds: ['A', 'B', 'C', 'D', 'E'],
      ballots: example,
      tieBreakSeed: 'seed',
      seats: 2,
    });
    expect(two.winners).toEqual(['E', 'A']);
  });

  it('settles a perfect tie by the seeded draw and records it', () => {
    const tied = countSchulze({
      optionIds: ['x', 'y'],
      ballots: [{ ranking: ['x', 'y'] }, { ranking: ['y', 'x'] }],
      tieBreakSeed: 'round-7',
    });
    const drawn = drawOrder('round-7', 1, ['x', 'y']);
    expect(tied.ranking).toEqual(drawn);
    expect(tied.winners).toEqual([drawn[0]]);
    expect(tied.tieBreaks).toEqual([
      { purpose: 'RANKING', round: null, tied: ['x', 'y'], resolvedBy: 'DRAW', order: drawn, drawNumber: 1 },
    ]);
  });

  it('elects nobody without ballots', () => {
    const empty = countSchulze({ optionIds: ['x', 'y'], ballots: [], tieBreakSeed: 's' });
    expect(empty.winners).toEqual([]);
    expect(empty.ranking).toEqual([]);
  });
});
