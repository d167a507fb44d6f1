import { BarChart } from '@mantine/charts';
import { Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { WeeklyOneOnOnesDocument } from '../../gql/graphql';
import { DEFAULT_WEEKS, WEEK_PERIODS, weeklyChart, weeksWindow } from './weekly-counts';

const QUERY_CONTEXT = { additionalTypenames: ['OneOnOne'] };

/** One-on-ones held per organizer per week, stacked; for one organizer when the list is filtered so. */
export function WeeklyOneOnOnesCard({ organizerId }: { organizerId: string | null }) {
  const [weeks, setWeeks] = useState(DEFAULT_WEEKS);
  const [today] = useState(() => new Date());
  const period = weeksWindow(today, weeks);
  const [{ data, error }, reexecute] = useQuery({
    query: WeeklyOneOnOnesDocument,
    variables: { ...period, organizerId: organizerId ?? undefined },
    context: QUERY_CONTEXT,
  });
  const chart = data && weeklyChart(data.weeklyOneOnOnes, period.from, period.to);

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="weekly-one-on-ones-title">
      <Stack>
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={2} size="h4" id="weekly-one-on-ones-title">
              One-on-ones per week
            </Title>
            <Text size="sm" c="dimmed">
              {chart ? `${chart.total} in this period, by organizer` : 'By organizer'}
            </Text>
          </Stack>
          <Select
            label="Period"
            data={WEEK_PERIODS}
            value={String(weeks)}
            onChange={(value) => value && setWeeks(Number(value))}
            allowDeselect={false}
            w={170}
          />
        </Group>
        {error && !data ? (
          <ErrorState
            error={error}
            title="Could not load the weekly counts"
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : !chart ? (
          <LoadingState label="Loading the weekly counts…" />
        ) : chart.total === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            No one-on-ones in this period yet.
          </Text>
        ) : (
          <BarChart
            h={260}
            data={chart.rows}
            dataKey="week"
            type="stacked"
            series={chart.series}
            withLegend
            tickLine="y"
            gridAxis="y"
            yAxisProps={{ allowDecimals: false }}
            aria-label="One-on-ones per organizer per week"
          />
        )}
      </Stack>
    </Card>
  );
}
