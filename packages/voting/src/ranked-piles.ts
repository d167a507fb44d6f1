import type { RankedBallotGroups } from './ranked-ballot-groups';

/** Marks the option's ballots reached no continuing choice. */
export const EXHAUSTED = -1;

/**
 * Where each ballot group sits during an instant-runoff or STV count: one pile (a linked list of
 * groups) per option, and per group a pointer to the rank it is counted at. Moving an option's ballots
 * walks only its own pile, so a whole count touches each group about once per transfer it takes part
 * in, not once per round.
 */
export class RankedPiles {
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly rank: Uint16Array;
  private readonly choices: Uint16Array;
  private readonly start: Uint32Array;

  constructor(groups: RankedBallotGroups) {
    this.choices = groups.choices;
    this.start = groups.start;
    this.head = new Int32Array(groups.options.size).fill(EXHAUSTED);
    this.next = new Int32Array(groups.groupCount);
    this.rank = new Uint16Array(groups.groupCount);
    for (let group = groups.groupCount - 1; group >= 0; group--)
      this.push(this.choices[this.start[group]!]!, group);
  }

  /** Calls `visit` for every group on `option`'s pile. */
  forEach(option: number, visit: (group: number) => void): void {
    for (let group = this.head[option]!; group !== EXHAUSTED; group = this.next[group]!) visit(group);
  }

  /**
   * Empties `option`'s pile: each group goes to its next choice that `isContinuing` (skipping the rest)
   * and `visit(group, to)` is called, with `to` = EXHAUSTED when no choice is left.
   */
  moveAll(option: number, isContinuing: Uint8Array, visit: (group: number, to: number) => void): void {
    let group = this.head[option]!;
    this.head[option] = EXHAUSTED;
    while (group !== EXHAUSTED) {
      const following = this.next[group]!;
      const end = this.start[group + 1]!;
      let at = this.start[group]! + this.rank[group]! + 1;
      while (at < end && isContinuing[this.choices[at]!] !== 1) at++;
      if (at < end) {
        this.rank[group] = at - this.start[group]!;
        this.push(this.choices[at]!, group);
        visit(group, this.choices[at]!);
      } else {
        visit(group, EXHAUSTED);
      }
      group = following;
    }
  }

  private push(option: number, group: number): void {
    this.next[group] = this.head[option]!;
    this.head[option] = group;
  }
}
