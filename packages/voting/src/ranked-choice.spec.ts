import { RankedBallotGroups } from './ranked-ballot-groups';
import { countRankedChoice } from './ranked-choice';
import { drawOrder } from './tie-breaker';
import type { CountResult } from './types';
import { thrownIssue } from './test-support/thrown-issue';

const tallies = (result: CountResult, round: number) =>
  Object.fromEntries(result.rounds[round - 1]!.tallies.map((tally) => [tally.optionId, tally.votes]));

describe('countRankedChoice', () => {
  it('elects a first-round majority in one round', () => {
    const result = countRankedChoice({
      optionIds: ['a', 'b'],
      ballots: [
        { ranking: ['a'], count: 3 },
        { ranking: ['b'], count: 2 },
      ],
      tieBreakSeed: 's',
    });
    expect(result.winners).toEqual(['a']);
    expect(result.rounds).toHaveLength(1);
    expect(result.rounds[0]!.elected).toEqual(['a']);
    expect(result.ranking).toEqual(['a', 'b']);
  });

  it('eliminates the last option and moves its ballots to their next choice', () => {
    // Round 1: a 4, b 3, c 2 (of 9, no majority); c out, its 2 ballots go to b. Round 2: b 5 of 9 wins.
    const result = countRankedChoice({
      optionIds: ['a', 'b', 'c'],
      ballots: [
        { ranking: ['a'], count: 4 },
        { ranking: ['b'], count: 3 },
        { ranking: ['c', 'b'], count: 2 },
      ],
      tieBreakSeed: 's',
    });
    expect(tallies(result, 1)).toEqual({ a: 4, b: 3, c: 2 });
    expect(result.rounds[0]!.eliminated).toEqual(['c']);
    expect(tallies(result, 2)).toEqual({ a: 4, b: 5 });
    expect(result.rounds[1]).toMatchObject({ elected: ['b'], transferred: 2, exhausted: 0 });
    expect(result.winners).toEqual(['b']);
    expect(result.ranking).toEqual(['b', 'a', 'c']);
  });

  it('takes exhausted ballots out of the majority denominator', () => {
    // Round 1: a 4, b 3, c 3, d 1 (11); d out and exhausted. Round 2: a 4, b 3, c 3 of 10; tie for last b/c,
    // settled by the previous round (both 3 there too) and then the draw. Round 3: the survivor has 3 + 0,
    // a 4: the 3 ballots of the eliminated one are exhausted, so a wins with 4 of 7 continuing, not of 11.
    const result = countRankedChoice({
      optionIds: ['a', 'b', 'c', 'd'],
      ballots: [
        { ranking: ['a'], count: 4 },
        { ranking: ['b'], count: 3 },
        { ranking: ['c'], count: 3 },
        { ranking: ['d'], count: 1 },
      ],
      tieBreakSeed: 'exhaustion',
    });
    expect(result.rounds).toHaveLength(3);
    expect(result.rounds[1]!.exhausted).toBe(1);
    expect(result.rounds[2]!.exhausted).toBe(4);
    expect(result.winners).toEqual(['a']);
    const drawn = drawOrder('exhaustion', 1, ['b', 'c']);
    expect(result.rounds[1]!.eliminated).toEqual([drawn[0]]);
    expect(result.tieBreaks).toEqual([
      { purpose: 'ELIMINATION', round: 2, tied: ['b', 'c'], resolvedBy: 'DRAW', order: drawn, drawNumber: 1 },
    ]);
  });

  it('breaks a tie for last by the previous round before any draw', () => {
    // Round 1: a 6, b 4, c 3, d 1 (14); d out, its ballot to c. Round 2: a 6, b 4, c 4: b and c tie for
    // last; in round 1 c had fewer (3 < 4), so c goes. Round 3: c's ballots exhaust: a 6 of 10 wins.
    const result = countRankedChoice({
      optionIds: ['a', 'b', 'c', 'd'],
      ballots: [
        { ranking: ['a'], count: 6 },
        { ranking: ['b', 'a'], count: 4 },
        { ranking: ['c'], count: 3 },
        { ranking: ['d', 'c'], count: 1 },
      ],
      tieBreakSeed: 's',
    });
    expect(tallies(result, 2)).toEqual({ a: 6, b: 4, c: 4 });
    expect(result.rounds[1]!.eliminated).toEqual(['c']);
    expect(result.tieBreaks).toEqual([
      {
        purpose: 'ELIMINATION',
        round: 2,
        tied: ['b', 'c'],
        resolvedBy: 'EARLIER_ROUNDS',
        order: ['c', 'b'],
        drawNumber: null,
      },
    ]);
    expect(result.winners).toEqual(['a']);
  });

  it('gives the same result for streamed single ballots as for aggregated lines', () => {
    const lines = [
      { ranking: ['a', 'b'], count: 3 },
      { ranking: ['b', 'c'], count: 2 },
      { ranking: ['c', 'a'], count: 2 },
    ];
    const streamed = new RankedBallotGroups(['a', 'b', 'c']);
    for (const line of lines) for (let i = 0; i < line.count; i++) streamed.add([...line.ranking]);
    expect(streamed.groupCount).toBe(3);
    expect(countRankedChoice({ optionIds: ['a', 'b', 'c'], ballots: streamed, tieBreakSeed: 's' })).toEqual(
      countRankedChoice({ optionIds: ['a', 'b', 'c'], ballots: lines, tieBreakSeed: 's' }),
    );
  });

  it('refuses an unknown option with the field at fault', () => {
    const count = () =>
      countRankedChoice({
        optionIds: ['a', 'b'],
        ballots: [{ ranking: ['a'] }, { ranking: ['b', 'zz'] }],
        tieBreakSeed: 's',
      });
    expect(thrownIssue(count)).toEqual({ code: 'UNKNOWN_OPTION', field: 'ballots.1.ranking.1' });
  });

  it('elects nobody without ballots', () => {
    const result = countRankedChoice({ optionIds: ['a', 'b'], ballots: [], tieBreakSeed: 's' });
    expect(result.winners).toEqual([]);
    expect(result.rounds).toHaveLength(1);
    expect(result.ballotsCast).toBe(0);
  });
});
