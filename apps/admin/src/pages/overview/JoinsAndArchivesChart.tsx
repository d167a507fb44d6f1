import { BarChart } from '@mantine/charts';
import type { TrendChartPoint } from './useMembershipTrend';

export function JoinsAndArchivesChart({ points }: { points: TrendChartPoint[] }) {
  return (
    <BarChart
      h={200}
      data={points}
      dataKey="label"
      series={[
        { name: 'joined', label: 'Joined', color: 'teal.6' },
        { name: 'archived', label: 'Archived', color: 'red.5' },
      ]}
      withLegend
      tickLine="y"
      gridAxis="y"
      yAxisProps={{ allowDecimals: false }}
      aria-label="People joined and archived in each interval"
    />
  );
}
