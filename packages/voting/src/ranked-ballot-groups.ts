import { BallotIssueCode, InvalidBallotError, isWholeNumberAtLeast, type BallotIssue } from './ballot-issues';
import { OptionIndex } from './option-index';
import type { RankedBallot } from './types';

const EMPTY = -1;

/**
 * Ranked ballots as the counters need them, built one line at a time so a service can stream a round's
 * rows in without holding them: identical rankings become one group with a count, and each ranking is
 * kept as option positions in one flat typed array (no object, no string per ballot). A million ballots
 * over 20 options take about 30 MB even when no two rankings are alike.
 */
export class RankedBallotGroups {
  readonly options: OptionIndex;
  /** Option positions of every group's ranking, back to back; group g is `choices[start[g] .. start[g + 1])`. */
  private choicesBuffer = new Uint16Array(1024);
  private startBuffer = new Uint32Array(257);
  private countBuffer = new Float64Array(256);
  private hashBuffer = new Int32Array(256);
  /** Open-addressing table from a ranking's hash to its group (or EMPTY). */
  private slots = new Int32Array(512).fill(EMPTY);
  private groups = 0;
  private choicesUsed = 0;
  private ballots = 0;
  private lines = 0;
  private readonly positions: number[] = [];

  constructor(optionIds: readonly string[]) {
    if (optionIds.length > 0xffff) throw new Error('at most 65535 options');
    this.options = new OptionIndex(optionIds);
  }

  static from(optionIds: readonly string[], ballots: Iterable<RankedBallot>): RankedBallotGroups {
    const groups = new RankedBallotGroups(optionIds);
    for (const ballot of ballots) groups.add(ballot.ranking, ballot.count ?? 1);
    return groups;
  }

  /** Adds `count` ballots with this ranking; throws `InvalidBallotError` (field `ballots.<line>...`) on a bad one. */
  add(ranking: readonly string[], count = 1): void {
    this.addChecked(ranking.length, count, () => this.options.resolve(ranking, 'ranking', this.positions));
  }

  /**
   * As `add`, for a ranking already held as option positions (indexes into the round's `optionIds`):
   * a service that stores rankings as small integers skips turning ids into positions for every ballot.
   */
  addPositions(ranking: ArrayLike<number>, count = 1): void {
    this.addChecked(ranking.length, count, () => this.options.check(ranking, 'ranking', this.positions));
  }

  private addChecked(length: number, count: number, resolve: () => BallotIssue | null): void {
    const line = this.lines++;
    if (!isWholeNumberAtLeast(count, 1)) {
      throw InvalidBallotError.atLine(line, {
        code: BallotIssueCode.INVALID_COUNT,
        field: 'count',
        message: 'must be a whole number of at least 1',
      });
    }
    if (length === 0) {
      throw InvalidBallotError.atLine(line, {
        code: BallotIssueCode.EMPTY_RANKING,
        field: 'ranking',
        message: 'must rank at least one option',
      });
    }
    const issue = resolve();
    if (issue) throw InvalidBallotError.atLine(line, issue);
    this.ballots += count;

    const positions = this.positions;
    const hash = hashOf(positions);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const group = this.slots[slot]!;
      if (group === EMPTY) break;
      if (this.hashBuffer[group] === hash && this.sameRanking(group, positions)) {
        this.countBuffer[group]! += count;
        return;
      }
      slot = (slot + 1) & mask;
    }
    this.appendGroup(positions, count, hash);
    this.slots[slot] = this.groups - 1;
    if (this.groups * 2 > this.slots.length) this.rehash();
  }

  /** Ballots added, each line by its count. */
  get ballotCount(): number {
    return this.ballots;
  }

  get groupCount(): number {
    return this.groups;
  }

  /** Group g's ranking is `choices[start[g]] .. choices[start[g + 1] - 1]`; views, valid until the next `add`. */
  get choices(): Uint16Array {
    return this.choicesBuffer.subarray(0, this.choicesUsed);
  }

  get start(): Uint32Array {
    return this.startBuffer.subarray(0, this.groups + 1);
  }

  get counts(): Float64Array {
    return this.countBuffer.subarray(0, this.groups);
  }

  private sameRanking(group: number, positions: readonly number[]): boolean {
    const from = this.startBuffer[group]!;
    if (this.startBuffer[group + 1]! - from !== positions.length) return false;
    for (let i = 0; i < positions.length; i++)
      if (this.choicesBuffer[from + i] !== positions[i]) return false;
    return true;
  }

  private appendGroup(positions: readonly number[], count: number, hash: number): void {
    if (this.groups === this.countBuffer.length) {
      const capacity = this.countBuffer.length * 2;
      this.startBuffer = grow(this.startBuffer, capacity + 1);
      this.countBuffer = grow(this.countBuffer, capacity);
      this.hashBuffer = grow(this.hashBuffer, capacity);
    }
    if (this.choicesUsed + positions.length > this.choicesBuffer.length) {
      this.choicesBuffer = grow(
        this.choicesBuffer,
        Math.max(this.choicesBuffer.length * 2, this.choicesUsed + positions.length),
      );
    }
    this.choicesBuffer.set(positions, this.choicesUsed);
    this.choicesUsed += positions.length;
    const group = this.groups++;
    this.countBuffer[group] = count;
    this.hashBuffer[group] = hash;
    this.startBuffer[group + 1] = this.choicesUsed;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    for (let group = 0; group < this.groups; group++) {
      let slot = this.hashBuffer[group]! & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = group;
    }
  }
}

/** FNV-1a over the positions, spread so consecutive small values do not cluster. */
function hashOf(positions: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const position of positions) {
    hash ^= position + 1;
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return (hash ^ (hash >>> 12)) & 0x7fffffff;
}

function grow<T extends Uint16Array | Uint32Array | Int32Array | Float64Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}
