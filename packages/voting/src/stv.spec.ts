import { countStv } from './stv';
import { drawOrder } from './tie-breaker';
import type { CountResult } from './types';

const tallies = (result: CountResult, round: number) =>
  Object.fromEntries(result.rounds[round - 1]!.tallies.map((tally) => [tally.optionId, tally.votes]));

describe('countStv', () => {
  it('moves a surplus at values truncated to 5 decimals, then excludes, then fills the last seat', () => {
    // 11 ballots, 2 seats: quota floor(11 / 3) + 1 = 4.
    // Round 1: A 7 (elected), B 1, C 1, D 2. Surplus 3 moves every A ballot at 3 × 1 / 7 = 0.428571… → 0.42857.
    // Round 2: A 4, B 1 + 4 × 0.42857 = 2.71428, C 1 + 3 × 0.42857 = 2.28571, D 2; lost 3 − 7 × 0.42857 = 0.00001.
    //          Nobody at the quota, no surplus: D (2) excluded; its 2 ballots go to C at value 1.
    // Round 3: C 4.28571 reaches the quota: elected; every seat filled.
    const result = countStv({
      optionIds: ['A', 'B', 'C', 'D'],
      ballots: [
        { ranking: ['A', 'B'], count: 4 },
        { ranking: ['A', 'C'], count: 3 },
        { ranking: ['B'], count: 1 },
        { ranking: ['C'], count: 1 },
        { ranking: ['D', 'C'], count: 2 },
      ],
      seats: 2,
      tieBreakSeed: 's',
    });
    expect(result.quota).toBe(4);
    expect(tallies(result, 1)).toEqual({ A: 7, B: 1, C: 1, D: 2 });
    expect(result.rounds[0]!.elected).toEqual(['A']);
    expect(tallies(result, 2)).toEqual({ A: 4, B: 2.71428, C: 2.28571, D: 2 });
    expect(result.rounds[1]).toMatchObject({
      elected: [],
      eliminated: ['D'],
      transferred: 2.99999,
      lostToRounding: 0.00001,
      exhausted: 0,
    });
    expect(tallies(result, 3)).toEqual({ A: 4, B: 2.71428, C: 4.28571 });
    expect(result.rounds[2]!.elected).toEqual(['C']);
    expect(result.rounds).toHaveLength(3);
    expect(result.winners).toEqual(['A', 'C']);
    expect(result.ranking).toEqual(['A', 'C', 'B', 'D']);
  });

  it('elects with exactly the quota without a surplus, excludes in the same round, settles an equal lowest by the draw', () => {
    // 12 ballots, 2 seats: quota 5. Round 1: A 5 elected (no surplus); B 2 and C 2 tie for lowest with no
    // earlier round: the draw excludes one; its single-choice ballots exhaust. Round 2: D 3 and the other 2,
    // one seat: the other is excluded. Round 3: D alone for the last seat: elected below the quota.
    const result = countStv({
      optionIds: ['A', 'B', 'C', 'D'],
      ballots: [
        { ranking: ['A'], count: 5 },
        { ranking: ['B'], count: 2 },
        { ranking: ['C'], count: 2 },
        { ranking: ['D'], count: 3 },
      ],
      seats: 2,
      tieBreakSeed: 'ward-3',
    });
    const drawn = drawOrder('ward-3', 1, ['B', 'C']);
    expect(result.quota).toBe(5);
    expect(result.rounds[0]).toMatchObject({ elected: ['A'], eliminated: [drawn[0]] });
    expect(result.tieBreaks).toEqual([
      { purpose: 'ELIMINATION', round: 1, tied: ['B', 'C'], resolvedBy: 'DRAW', order: drawn, drawNumber: 1 },
    ]);
    expect(result.rounds[1]).toMatchObject({ eliminated: [drawn[1]], exhausted: 2 });
    expect(result.rounds[2]).toMatchObject({ elected: ['D'], exhausted: 4 });
    expect(tallies(result, 3)).toEqual({ A: 5, D: 3 });
    expect(result.winners).toEqual(['A', 'D']);
  });

  it('stops as soon as every seat is filled, leaving a surplus unmoved', () => {
    // 9 ballots, 2 seats: quota 4. Round 1: A 5 and B 4 both reach it: done; A's surplus never moves.
    const result = countStv({
      optionIds: ['A', 'B', 'C'],
      ballots: [
        { ranking: ['A', 'C'], count: 5 },
        { ranking: ['B'], count: 4 },
      ],
      seats: 2,
      tieBreakSeed: 's',
    });
    expect(result.rounds).toHaveLength(1);
    expect(result.rounds[0]!.elected).toEqual(['A', 'B']);
    expect(tallies(result, 1)).toEqual({ A: 5, B: 4, C: 0 });
  });

  it('elects every option when there are no more options than seats', () => {
    const result = countStv({
      optionIds: ['A', 'B'],
      ballots: [{ ranking: ['A'], count: 1 }],
      seats: 3,
      tieBreakSeed: 's',
    });
    expect(result.winners).toEqual(['A', 'B']);
    expect(result.rounds).toHaveLength(1);
  });

  it('keeps every vote accounted for: tallies + exhausted + lost = ballots, in every round', () => {
    const options = ['A', 'B', 'C', 'D', 'E', 'F'];
    const ballots = Array.from({ length: 60 }, (_, i) => ({
      ranking: options.slice(i % 6).concat(options.slice(0, i % 3)),
      count: 1 + (i % 7),
    }));
    const result = countStv({ optionIds: options, ballots, seats: 3, tieBreakSeed: 's' });
    const total = ballots.reduce((sum, ballot) => sum + ballot.count, 0);
    // An elected option whose surplus moved shows the quota; the surplus went to others, to exhaustion or to rounding.
    for (const round of result.rounds) {
      const held = round.tallies.reduce((sum, tally) => sum + tally.votes, 0);
      expect(held + round.exhausted + round.lostToRounding).toBeCloseTo(total, 5);
    }
    expect(result.rounds.some((round) => round.lostToRounding > 0)).toBe(true);
    expect(result.winners).toHaveLength(3);
  });

  it('elects nobody without ballots, rather than filling seats by draws', () => {
    const result = countStv({ optionIds: ['A', 'B', 'C'], ballots: [], seats: 2, tieBreakSeed: 's' });
    expect(result.winners).toEqual([]);
    expect(result.rounds).toHaveLength(1);
    expect(result.tieBreaks).toEqual([]);
  });

  it('refuses seats below 1', () => {
    expect(() => countStv({ optionIds: ['A'], ballots: [], seats: 0, tieBreakSeed: 's' })).toThrow('seats');
  });
});
