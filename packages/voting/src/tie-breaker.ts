import { createHash } from 'node:crypto';
import { TieResolution, type TieBreak, type TiePurpose } from './types';

/**
 * The seeded draw (API.md: "a draw seeded by tieBreakSeed, recorded in tieBreaks"). The tied options are
 * put in ascending order of SHA-256(`${seed}\n${drawNumber}\n${optionId}`) as lowercase hex. Anyone
 * with the seed can repeat it: `printf '%s\n%s\n%s' seed 1 optionId | sha256sum`.
 */
export function drawOrder(seed: string, drawNumber: number, optionIds: readonly string[]): string[] {
  return optionIds
    .map((id) => ({ id, key: createHash('sha256').update(`${seed}\n${drawNumber}\n${id}`).digest('hex') }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map((entry) => entry.id);
}

export interface TieQuestion {
  purpose: TiePurpose;
  round: number | null;
  /** Positions of the tied options, in the round's option order. */
  tied: readonly number[];
  /** Earlier tallies to consult, in the order the rule consults them (indexed by option position). */
  history: readonly ArrayLike<number>[];
  /** True when fewer votes in an earlier round come first (elimination); false when more do. */
  fewerFirst: boolean;
  /** True when only the first of the order matters (elimination, surplus order): no draw among the rest. */
  onlyFirst: boolean;
}

/**
 * Settles ties the same way everywhere: first by earlier rounds as the method's rule says, then by the
 * seeded draw; records each tie met and how it was settled.
 */
export class TieBreaker {
  readonly records: TieBreak[] = [];
  private draws = 0;

  constructor(
    private readonly seed: string,
    private readonly optionIds: readonly string[],
  ) {}

  /** The tied options in settled order (positions). */
  settle(question: TieQuestion): number[] {
    const runs = this.splitByHistory([...question.tied], question.history, question.fewerFirst);
    const undecided = question.onlyFirst
      ? runs.slice(0, 1).filter((run) => run.length > 1)
      : runs.filter((run) => run.length > 1);
    let drawNumber: number | null = null;
    if (undecided.length > 0) {
      drawNumber = ++this.draws;
      for (const run of undecided) {
        const drawn = drawOrder(
          this.seed,
          drawNumber,
          run.map((position) => this.optionIds[position]!),
        );
        run.splice(0, run.length, ...drawn.map((id) => this.optionIds.indexOf(id)));
      }
    }
    const order = runs.flat();
    this.records.push({
      purpose: question.purpose,
      round: question.round,
      tied: question.tied.map((position) => this.optionIds[position]!),
      resolvedBy: drawNumber === null ? TieResolution.EARLIER_ROUNDS : TieResolution.DRAW,
      order: order.map((position) => this.optionIds[position]!),
      drawNumber,
    });
    return order;
  }

  /** Orders options by each earlier tally in turn; options equal on all of them stay together in one run. */
  private splitByHistory(
    options: number[],
    history: readonly ArrayLike<number>[],
    fewerFirst: boolean,
  ): number[][] {
    let runs: number[][] = [options];
    for (const votes of history) {
      runs = runs.flatMap((run) => {
        if (run.length === 1) return [run];
        const sorted = [...run].sort((a, b) => (fewerFirst ? votes[a]! - votes[b]! : votes[b]! - votes[a]!));
        const split: number[][] = [];
        for (const option of sorted) {
          const last = split[split.length - 1];
          if (last && votes[last[0]!] === votes[option]) last.push(option);
          else split.push([option]);
        }
        return split;
      });
      if (runs.every((run) => run.length === 1)) break;
    }
    return runs;
  }
}
