import { Alert, Button, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { describeError } from '../../api/graphql-errors';
import { PageHeader } from '../../components/PageHeader';
import { OverviewDocument, type TrendInterval } from '../../gql/graphql';
import { MembershipTrendCard } from './MembershipTrendCard';
import { StatCard } from './StatCard';
import { DEFAULT_TREND_PERIOD_DAYS } from './trend-window';
import { useMembershipTrend } from './useMembershipTrend';

export function OverviewPage() {
  const [interval, setTrendInterval] = useState<TrendInterval>('DAY');
  const [periodDays, setPeriodDays] = useState(DEFAULT_TREND_PERIOD_DAYS);
  const [{ data, fetching, error }, reexecuteOverview] = useQuery({ query: OverviewDocument });
  const trend = useMembershipTrend(interval, periodDays);

  const refresh = () => {
    reexecuteOverview({ requestPolicy: 'network-only' });
    trend.refetch();
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Overview"
        description="Figures update a few seconds after changes are made"
        actions={
          <Button variant="default" onClick={refresh} loading={fetching || trend.fetching}>
            Refresh
          </Button>
        }
      />
      {error && (
        <Alert color="red" title="Could not load the figures">
          {describeError(error)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <StatCard
          label="Total people"
          value={data?.overview.totalPeople}
          loading={!data && !error}
          hint="Active, not archived"
        />
        <StatCard
          label="Joined in the last 30 days"
          value={data?.overview.joinedLast30Days}
          loading={!data && !error}
        />
      </SimpleGrid>
      <MembershipTrendCard
        trend={trend}
        interval={interval}
        onIntervalChange={setTrendInterval}
        periodDays={periodDays}
        onPeriodDaysChange={setPeriodDays}
      />
    </Stack>
  );
}
