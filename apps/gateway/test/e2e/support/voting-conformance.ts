import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** One case of ../shared/conformance/voting (its README describes the format). */
export interface ConformanceCase {
  name: string;
  method: 'RANKED_CHOICE' | 'STV';
  seats: number;
  options: string[];
  ballots: Array<{ ranking: string[]; count: number }>;
  expected: {
    winners: string[];
    roundCount: number;
    rounds: Array<{
      number: number;
      tallies: Record<string, number>;
      elected?: string[];
      eliminated?: string[];
    }>;
    quota?: number;
  };
  tolerance?: number;
}

/**
 * The read-only suite at `<repo>/../shared/conformance/voting`, found as packages/voting's
 * conformance.spec.ts finds it: beside the repository root or any folder above it (a nested git
 * worktree finds it further up).
 */
export function conformanceDir(from = resolve(__dirname, '../../../../..')): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dirname(dir), 'shared/conformance/voting');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`no shared/conformance/voting beside ${from} or any folder above it`);
}

export function conformanceFiles(): string[] {
  return readdirSync(conformanceDir())
    .filter((file) => file.endsWith('.json'))
    .sort();
}

export function readConformanceCase(file: string): ConformanceCase {
  return JSON.parse(readFileSync(join(conformanceDir(), file), 'utf8')) as ConformanceCase;
}

/** The tolerance for tallies: the case's own, else 0 for RANKED_CHOICE and 0.00001 for STV (README). */
export function toleranceOf(testCase: ConformanceCase): number {
  return testCase.tolerance ?? (testCase.method === 'STV' ? 0.00001 : 0);
}

/** `winners` cut into the sizes of the rounds that elected them, each piece sorted: order within a round is free. */
export function byRoundOfElection(
  winners: readonly string[],
  electedPerRound: readonly number[],
): string[][] {
  let at = 0;
  return electedPerRound
    .filter((size) => size > 0)
    .map((size) => {
      const piece = winners.slice(at, at + size);
      at += size;
      return [...piece].sort();
    });
}
