import {
  conformanceFiles,
  readConformanceCase,
  toleranceOf,
  type ConformanceCase,
} from './conformance-suite';
import { countRankedChoice } from './ranked-choice';
import { countStv } from './stv';
import type { CountResult } from './types';

/**
 * Every case in the shared conformance suite, compared as its README says: winners (any order within a
 * round), the number of rounds, every listed tally within the tolerance, elected and eliminated per
 * round, and the quota. The suite is read-only at `<repo>/../shared/conformance/voting` (in CI a copy of
 * shared/ sits beside the clone); a git worktree nested deeper finds it further up.
 */
const files = conformanceFiles();

function count(testCase: ConformanceCase): CountResult {
  const input = { optionIds: testCase.options, ballots: testCase.ballots, tieBreakSeed: testCase.name };
  return testCase.method === 'STV' ? countStv({ ...input, seats: testCase.seats }) : countRankedChoice(input);
}

/** `winners` cut into the rounds' sizes of election, each piece sorted: order within a round is free. */
function byRoundOfElection(winners: readonly string[], rounds: readonly { elected: string[] }[]): string[][] {
  let at = 0;
  return rounds
    .filter((round) => round.elected.length > 0)
    .map((round) => {
      const piece = winners.slice(at, at + round.elected.length);
      at += round.elected.length;
      return [...piece].sort();
    });
}

it('finds all 16 conformance cases', () => {
  expect(files).toHaveLength(16);
});

describe.each(files)('conformance %s', (file) => {
  const testCase = readConformanceCase(file);
  const result = count(testCase);
  const tolerance = toleranceOf(testCase);

  it('elects the expected winners, in order of election', () => {
    expect(result.winners).toEqual(result.rounds.flatMap((round) => round.elected));
    expect(result.winners).toHaveLength(testCase.expected.winners.length);
    expect(byRoundOfElection(result.winners, result.rounds)).toEqual(
      byRoundOfElection(testCase.expected.winners, result.rounds),
    );
  });

  it('takes the expected number of rounds', () => {
    expect(result.rounds).toHaveLength(testCase.expected.roundCount);
  });

  if (testCase.expected.quota !== undefined) {
    it('uses the expected quota', () => {
      expect(result.quota).toBe(testCase.expected.quota);
    });
  }

  it.each(testCase.expected.rounds.map((round) => [round.number, round] as const))(
    'matches round %i',
    (number, expected) => {
      const actual = result.rounds[number - 1];
      expect(actual).toBeDefined();
      const votes = new Map(actual!.tallies.map((tally) => [tally.optionId, tally.votes]));
      for (const [option, expectedVotes] of Object.entries(expected.tallies)) {
        const got = votes.get(option) ?? 0;
        if (Math.abs(got - expectedVotes) > tolerance + 1e-9) {
          throw new Error(
            `round ${number}: ${option} has ${got}, expected ${expectedVotes} (tolerance ${tolerance})`,
          );
        }
      }
      for (const [option, got] of votes) {
        if (!(option in expected.tallies) && got !== 0)
          throw new Error(`round ${number}: ${option} has ${got}, expected absent or 0`);
      }
      if (expected.elected !== undefined)
        expect([...actual!.elected].sort()).toEqual([...expected.elected].sort());
      if (expected.eliminated !== undefined) expect(actual!.eliminated).toEqual(expected.eliminated);
    },
  );
});
