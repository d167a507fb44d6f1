import type { TrendInterval } from '@groundwork/contracts';

const DAY_MS = 86_400_000;

const dayIndex = (at: Date) => Math.floor(at.getTime() / DAY_MS);
// 1970-01-01 was a Thursday: shifting by three days starts weeks on Monday, as date_trunc('week') does.
const weekIndex = (at: Date) => Math.floor((dayIndex(at) + 3) / 7);
const monthIndex = (at: Date) => at.getUTCFullYear() * 12 + at.getUTCMonth();

const bucketIndex: Record<TrendInterval, (at: Date) => number> = {
  DAY: dayIndex,
  WEEK: weekIndex,
  MONTH: monthIndex,
};

/** How many UTC buckets of `interval` a trend from `from` to `to` (inclusive) covers. */
export function countTrendBuckets(from: Date, to: Date, interval: TrendInterval): number {
  const index = bucketIndex[interval];
  return index(to) - index(from) + 1;
}
