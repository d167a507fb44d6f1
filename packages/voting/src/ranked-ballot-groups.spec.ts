import { RankedBallotGroups } from './ranked-ballot-groups';
import { countRankedChoice } from './ranked-choice';
import { countStv } from './stv';
import { thrownIssue } from './test-support/thrown-issue';

const rankingOf = (groups: RankedBallotGroups, group: number) =>
  Array.from(
    groups.choices.subarray(groups.start[group], groups.start[group + 1]),
    (position) => groups.options.ids[position],
  );

describe('RankedBallotGroups', () => {
  it('keeps identical rankings as one group with their count', () => {
    const groups = new RankedBallotGroups(['a', 'b', 'c']);
    groups.add(['a', 'b'], 2);
    groups.add(['b']);
    groups.add(['a', 'b'], 3);
    groups.add(['a']);
    expect(groups.groupCount).toBe(3);
    expect(groups.ballotCount).toBe(7);
    expect([0, 1, 2].map((group) => [rankingOf(groups, group), groups.counts[group]])).toEqual([
      [['a', 'b'], 5],
      [['b'], 1],
      [['a'], 1],
    ]);
  });

  it('grows past its first capacity without losing a ballot', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `o${i}`);
    const groups = new RankedBallotGroups(ids);
    const distinct: string[][] = [];
    for (let a = 0; a < 10; a++)
      for (let b = 0; b < 10; b++)
        for (let c = 0; c < 10; c++)
          if (a !== b && b !== c && a !== c) distinct.push([ids[a]!, ids[b]!, ids[c]!]);
    for (const ranking of distinct) groups.add(ranking, 2);
    for (const ranking of distinct) groups.add(ranking);
    expect(groups.groupCount).toBe(720);
    expect(groups.ballotCount).toBe(2160);
    expect(Array.from(groups.counts).every((count) => count === 3)).toBe(true);
    expect(rankingOf(groups, 719)).toEqual(distinct[719]);
  });

  it('refuses a bad line with its line number, a repeated option and a bad count', () => {
    const groups = new RankedBallotGroups(['a', 'b']);
    groups.add(['a']);
    expect(thrownIssue(() => groups.add(['b', 'b']))).toEqual({
      code: 'REPEATED_OPTION',
      field: 'ballots.1.ranking.1',
    });
    expect(thrownIssue(() => groups.add(['a'], 0))).toEqual({
      code: 'INVALID_COUNT',
      field: 'ballots.2.count',
    });
    expect(thrownIssue(() => groups.add([]))).toEqual({ code: 'EMPTY_RANKING', field: 'ballots.3.ranking' });
    expect(groups.ballotCount).toBe(1);
  });

  it('takes rankings as option positions too, with the same checks', () => {
    const byId = new RankedBallotGroups(['a', 'b', 'c']);
    const byPosition = new RankedBallotGroups(['a', 'b', 'c']);
    byId.add(['c', 'a'], 2);
    byPosition.addPositions([2, 0], 2);
    expect(byPosition.counts).toEqual(byId.counts);
    expect(byPosition.choices).toEqual(byId.choices);
    expect(thrownIssue(() => byPosition.addPositions([1, 3]))).toEqual({
      code: 'UNKNOWN_OPTION',
      field: 'ballots.1.ranking.1',
    });
    expect(thrownIssue(() => byPosition.addPositions(Int16Array.of(1, 1)))).toEqual({
      code: 'REPEATED_OPTION',
      field: 'ballots.2.ranking.1',
    });
    expect(thrownIssue(() => byPosition.addPositions([0.5]))).toEqual({
      code: 'UNKNOWN_OPTION',
      field: 'ballots.3.ranking.0',
    });
  });

  // A million ballots streamed one at a time (the size of issue 9's bench) give exactly the count of the
  // same ballots aggregated into lines: grouping and streaming change nothing. No timing is asserted.
  it('counts a million streamed ballots over 20 options exactly as their aggregated lines', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `option-${i}`);
    // 1000 distinct rankings, each from a start, a stride prime to 20 (so no option repeats) and a length.
    const distinct = new Map<string, string[]>();
    for (const stride of [1, 3, 7, 9, 11, 13, 17, 19]) {
      for (let length = 1; length <= 9; length++) {
        for (let start = 0; start < 20; start++) {
          const ranking = Array.from({ length }, (_, step) => ids[(start + step * stride) % 20]!);
          distinct.set(ranking.join(), ranking);
        }
      }
    }
    const patterns = [...distinct.values()].slice(0, 1000);
    expect(patterns).toHaveLength(1000);
    const weightOf = (p: number) => 1 + ((p * 37) % 1999);
    const total = patterns.reduce((sum, _, p) => sum + weightOf(p), 0);
    const scale = 1_000_000 / total;
    const lines = patterns.map((ranking, p) => ({
      ranking,
      count: Math.max(1, Math.round(weightOf(p) * scale)),
    }));
    const ballots = lines.reduce((sum, line) => sum + line.count, 0);
    expect(ballots).toBeGreaterThan(990_000);

    const streamed = new RankedBallotGroups(ids);
    for (const line of lines) {
      const positions = line.ranking.map((id) => ids.indexOf(id));
      for (let i = 0; i < line.count; i++) streamed.addPositions(positions);
    }
    expect(streamed.ballotCount).toBe(ballots);

    const irvStreamed = countRankedChoice({ optionIds: ids, ballots: streamed, tieBreakSeed: 'bench' });
    expect(irvStreamed).toEqual(countRankedChoice({ optionIds: ids, ballots: lines, tieBreakSeed: 'bench' }));
    expect(irvStreamed.winners).toHaveLength(1);
    for (const round of irvStreamed.rounds)
      expect(round.tallies.reduce((sum, tally) => sum + tally.votes, 0) + round.exhausted).toBe(ballots);

    const stvStreamed = countStv({ optionIds: ids, ballots: streamed, seats: 5, tieBreakSeed: 'bench' });
    expect(stvStreamed).toEqual(
      countStv({ optionIds: ids, ballots: lines, seats: 5, tieBreakSeed: 'bench' }),
    );
    expect(stvStreamed.winners).toHaveLength(5);
  });
});
