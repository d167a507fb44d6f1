import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * `@groundwork/voting/conformance`: the shared conformance suite of counting, for tests (this
 * package's own and the gateway's run through the API). Apart from the main entry, which does no I/O.
 */

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
 * The read-only suite at `<repo>/../shared/conformance/voting` (in CI a copy of shared/ sits beside
 * the clone), beside the repository root or any folder above it: a git worktree nested deeper finds
 * it further up.
 */
export function conformanceDir(): string {
  const root = resolve(__dirname, '../../..');
  for (let dir = root; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dirname(dir), 'shared/conformance/voting');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`no shared/conformance/voting beside ${root} or any folder above it`);
}

/** The cases' file names, sorted. */
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
