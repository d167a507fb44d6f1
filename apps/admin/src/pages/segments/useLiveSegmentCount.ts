import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { SegmentCountDocument, type ConsentChannel, type SegmentFilterInput } from '../../gql/graphql';

const COUNT_DEBOUNCE_MS = 350;
/** Counts change whenever people or segments do; the count is a bare Int the cache cannot tell from. */
const COUNT_QUERY_CONTEXT = { additionalTypenames: ['Person', 'Segment'] };

export interface LiveCount {
  /** The latest count answered; while a newer one loads, the previous one (null before the first). */
  count: number | null;
  /** Waiting for the edits to settle or for the server. */
  loading: boolean;
  error: CombinedError | undefined;
}

/**
 * The number of people a filter selects, recounted on the server a moment after the edits stop.
 * While a recount runs the last answer stays on screen, so it never flickers to nothing or zero.
 */
export function useLiveSegmentCount(
  filter: SegmentFilterInput,
  channel?: ConsentChannel | null,
  pause = false,
): LiveCount {
  const filterKey = JSON.stringify(filter);
  const [settledKey] = useDebouncedValue(filterKey, COUNT_DEBOUNCE_MS);
  const variables = useMemo(
    () => ({ filter: JSON.parse(settledKey) as SegmentFilterInput, channel: channel ?? undefined }),
    [settledKey, channel],
  );
  const [{ data, fetching, error }] = useQuery({
    query: SegmentCountDocument,
    variables,
    context: COUNT_QUERY_CONTEXT,
    pause,
  });

  const answered = error ? undefined : data?.segmentCount;
  const [lastAnswered, setLastAnswered] = useState<number | null>(null);
  if (answered !== undefined && answered !== lastAnswered) setLastAnswered(answered);

  return {
    count: answered ?? lastAnswered,
    loading: !pause && (fetching || filterKey !== settledKey),
    error: fetching || filterKey !== settledKey ? undefined : error,
  };
}
