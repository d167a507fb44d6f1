import { AreaChart } from '@mantine/charts';
import type { TrendChartPoint } from './useMembershipTrend';

export function PeopleOverTimeChart({ points }: { points: TrendChartPoint[] }) {
  return (
    <AreaChart
      h={280}
      data={points}
      dataKey="label"
      series={[{ name: 'total', label: 'People', color: 'green.6' }]}
      curveType="monotone"
      withDots={false}
      tickLine="y"
      gridAxis="y"
      yAxisProps={{ allowDecimals: false }}
      aria-label="People in the coalition over time"
    />
  );
}
