import { BallotIssueCode, type BallotIssue } from './ballot-issues';

/**
 * The round's options by position. Counters work on positions (small integers) rather than ids, and
 * this is the one place that turns ids into positions, refusing unknown and repeated options.
 */
export class OptionIndex {
  private readonly positionById = new Map<string, number>();
  /** `seenMark[i] === mark` while resolving one list means option i was already named in it. */
  private readonly seenMark: Uint32Array;
  private mark = 0;

  constructor(readonly ids: readonly string[]) {
    ids.forEach((id, position) => {
      if (this.positionById.has(id)) throw new Error(`option ${id} appears twice in the round`);
      this.positionById.set(id, position);
    });
    this.seenMark = new Uint32Array(ids.length);
  }

  get size(): number {
    return this.ids.length;
  }

  positionOf(id: string): number | undefined {
    return this.positionById.get(id);
  }

  /**
   * Fills `positions` with the positions of `optionIds` in order; returns the first issue instead
   * when one names an unknown option or repeats one. `field` is the list's path (`ranking`).
   */
  resolve(optionIds: readonly string[], field: string, positions: number[]): BallotIssue | null {
    positions.length = 0;
    this.nextMark();
    for (let i = 0; i < optionIds.length; i++) {
      const issue = this.accept(
        this.positionById.get(optionIds[i]!),
        i,
        JSON.stringify(optionIds[i]),
        field,
        positions,
      );
      if (issue) return issue;
    }
    return null;
  }

  /** As `resolve`, for a list that already holds positions (0 .. size - 1) instead of ids. */
  check(optionPositions: ArrayLike<number>, field: string, positions: number[]): BallotIssue | null {
    positions.length = 0;
    this.nextMark();
    for (let i = 0; i < optionPositions.length; i++) {
      const position = optionPositions[i]!;
      const known = Number.isInteger(position) && position >= 0 && position < this.ids.length;
      const issue = this.accept(known ? position : undefined, i, `position ${position}`, field, positions);
      if (issue) return issue;
    }
    return null;
  }

  private accept(
    position: number | undefined,
    index: number,
    label: string,
    field: string,
    positions: number[],
  ): BallotIssue | null {
    if (position === undefined) {
      return {
        code: BallotIssueCode.UNKNOWN_OPTION,
        field: `${field}.${index}`,
        message: `${label} is not an option of this round`,
      };
    }
    if (this.seenMark[position] === this.mark) {
      return {
        code: BallotIssueCode.REPEATED_OPTION,
        field: `${field}.${index}`,
        message: `${label} is named twice`,
      };
    }
    this.seenMark[position] = this.mark;
    positions.push(position);
    return null;
  }

  private nextMark(): void {
    this.mark = (this.mark + 1) >>> 0;
    if (this.mark === 0) {
      this.seenMark.fill(0);
      this.mark = 1;
    }
  }
}
