import { useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { MembershipTrendDocument, type TrendInterval } from '../../gql/graphql';
import { startOfToday, trendPointLabel, trendWindow } from './trend-window';

export interface TrendChartPoint {
  label: string;
  total: number;
  joined: number;
  archived: number;
}

export interface MembershipTrend {
  points: TrendChartPoint[] | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  refetch: () => void;
}

export function useMembershipTrend(interval: TrendInterval, periodDays: number): MembershipTrend {
  const [today] = useState(startOfToday);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MembershipTrendDocument,
    variables: { ...trendWindow(today, periodDays), interval },
  });
  return {
    points: data?.membershipTrend.map((point) => ({
      label: trendPointLabel(point.at, interval),
      total: point.total,
      joined: point.joined,
      archived: point.archived,
    })),
    fetching,
    error,
    refetch: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
