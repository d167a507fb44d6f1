import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { countRankedChoice } from './ranked-choice';
import { countStv } from './stv';
import type { CountResult } from './types';

/**
 * Every case in the shared conformance suite, compared as its README says: winners (any order within a
 * round), the number of rounds, every listed tally within the tolerance, elected and eliminated per
 * round, and the quota. The suite is read-only at `<repo>/../shared/conformance/voting` (in CI a copy of
 * shared/ sits beside the clone); a git worktree nested deeper finds it further up.
 */
function findConformanceDir(): string {
  for (let dir = resolve(__dirname, '../../..'); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dirname(dir), 'shared/conformance/voting');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    `no shared/conformance/voting beside ${resolve(__dirname, '../../..')} or any folder above it`,
  );
}
const CONFORMANCE_DIR = findConformanceDir();

interface ConformanceCase {
  name: string;
  method: 'RANKED_CHOICE' | 'STV';
  seats: number;
  options: string[];
  ballots: { ranking: string[]; count: number }[];
  expected: {
    winners: string[];
    roundCount: number;
    rounds: { number: number; tallies: Record<string, number>; elected?: string[]; eliminated?: string[] }[];
    quota?: number;
  };
  tolerance?: number;
}

const files = readdirSync(CONFORMANCE_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();

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
  const testCase = JSON.parse(readFileSync(join(CONFORMANCE_DIR, file), 'utf8')) as ConformanceCase;
  const result = count(testCase);
  const tolerance = testCase.tolerance ?? (testCase.method === 'STV' ? 0.00001 : 0);

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
