import { Card, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import type { TrendInterval } from '../../gql/graphql';
import { JoinsAndArchivesChart } from './JoinsAndArchivesChart';
import { PeopleOverTimeChart } from './PeopleOverTimeChart';
import { TREND_INTERVALS, TREND_PERIODS } from './trend-window';
import type { MembershipTrend } from './useMembershipTrend';

interface MembershipTrendCardProps {
  trend: MembershipTrend;
  interval: TrendInterval;
  onIntervalChange: (interval: TrendInterval) => void;
  periodDays: number;
  onPeriodDaysChange: (periodDays: number) => void;
}

export function MembershipTrendCard({
  trend,
  interval,
  onIntervalChange,
  periodDays,
  onPeriodDaysChange,
}: MembershipTrendCardProps) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="membership-trend-title">
      <Stack>
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4" id="membership-trend-title">
            Membership trend
          </Title>
          <Group gap="sm" align="flex-end">
            <Select
              label="Period"
              data={TREND_PERIODS}
              value={String(periodDays)}
              onChange={(value) => value && onPeriodDaysChange(Number(value))}
              allowDeselect={false}
              w={160}
            />
            <SegmentedControl
              aria-label="Interval"
              data={TREND_INTERVALS}
              value={interval}
              onChange={onIntervalChange}
            />
          </Group>
        </Group>
        {trend.error && !trend.points ? (
          <ErrorState error={trend.error} title="Could not load the trend" onRetry={trend.refetch} />
        ) : !trend.points ? (
          <LoadingState label="Loading the trend…" />
        ) : trend.points.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            No membership changes in this period yet.
          </Text>
        ) : (
          <>
            <PeopleOverTimeChart points={trend.points} />
            <Text size="sm" fw={500}>
              Joined and archived
            </Text>
            <JoinsAndArchivesChart points={trend.points} />
          </>
        )}
      </Stack>
    </Card>
  );
}
