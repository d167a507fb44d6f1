import { enumOptions } from '../../api/enum-values';
import type { TrendInterval } from '../../gql/graphql';

export const TREND_PERIODS = [
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: '365', label: 'Last 12 months' },
];
export const DEFAULT_TREND_PERIOD_DAYS = 90;

export const TREND_INTERVALS = enumOptions<TrendInterval>()([
  { value: 'DAY', label: 'Day' },
  { value: 'WEEK', label: 'Week' },
  { value: 'MONTH', label: 'Month' },
]);

const DAY_MS = 24 * 60 * 60 * 1000;

export function startOfToday(): Date {
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  return today;
}

/** The `periodDays` whole days ending with today; `to` is today's last millisecond, so no bucket lies in the future. */
export function trendWindow(today: Date, periodDays: number): { from: string; to: string } {
  return {
    from: new Date(today.getTime() - (periodDays - 1) * DAY_MS).toISOString(),
    to: new Date(today.getTime() + DAY_MS - 1).toISOString(),
  };
}

const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const monthLabel = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

export function trendPointLabel(at: string, interval: TrendInterval): string {
  return (interval === 'MONTH' ? monthLabel : dayLabel).format(new Date(at));
}
