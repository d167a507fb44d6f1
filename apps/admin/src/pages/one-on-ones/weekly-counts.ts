import type { WeeklyOneOnOnesQuery } from '../../gql/graphql';
import { addDays, formatShortLocalDate, toLocalDate } from '../organizations/local-date';

export const WEEK_PERIODS = [
  { value: '8', label: 'Last 8 weeks' },
  { value: '13', label: 'Last 13 weeks' },
  { value: '26', label: 'Last 26 weeks' },
  { value: '52', label: 'Last 52 weeks' },
];
export const DEFAULT_WEEKS = 13;

const SERIES_COLORS = [
  'green.6',
  'blue.6',
  'grape.6',
  'orange.6',
  'teal.6',
  'red.6',
  'indigo.6',
  'yellow.7',
  'cyan.6',
  'pink.6',
];

/** The Monday starting the week `weeks - 1` weeks ago, to today: whole ISO weeks, this one included. */
export function weeksWindow(today: Date, weeks: number): { from: string; to: string } {
  const monday = new Date(today);
  monday.setDate(today.getDate() - ((today.getDay() + 6) % 7));
  return { from: addDays(toLocalDate(monday), -7 * (weeks - 1)), to: toLocalDate(today) };
}

export interface WeeklyChart {
  rows: Record<string, string | number>[];
  series: { name: string; label: string; color: string }[];
  total: number;
}

/** One row per week (weeks without any one-on-one at zero), one stacked series per organizer. */
export function weeklyChart(
  weeks: WeeklyOneOnOnesQuery['weeklyOneOnOnes'],
  from: string,
  to: string,
): WeeklyChart {
  const organizers = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const week of weeks) {
    organizers.set(week.organizerId, week.organizer?.name ?? 'Former user');
    counts.set(`${week.weekStart}|${week.organizerId}`, week.count);
  }
  const ordered = [...organizers.entries()].sort(([, a], [, b]) => a.localeCompare(b));
  const rows: Record<string, string | number>[] = [];
  for (let weekStart = from; weekStart <= to; weekStart = addDays(weekStart, 7)) {
    const row: Record<string, string | number> = { week: formatShortLocalDate(weekStart) };
    for (const [organizerId] of ordered) row[organizerId] = counts.get(`${weekStart}|${organizerId}`) ?? 0;
    rows.push(row);
  }
  return {
    rows,
    series: ordered.map(([organizerId, name], index) => ({
      name: organizerId,
      label: name,
      color: SERIES_COLORS[index % SERIES_COLORS.length] ?? 'gray.6',
    })),
    total: weeks.reduce((sum, week) => sum + week.count, 0),
  };
}
