import { Stack, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { SegmentPeopleDocument } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { SegmentMembersTable } from './SegmentMembersTable';

const PAGE_SIZE = 25;
/** Members change when people or the segment's filter do. */
const MEMBERS_QUERY_CONTEXT = { additionalTypenames: ['Person', 'Segment'] };

/** The people in a saved segment now, newest first, a page at a time. */
export function SegmentMembers({ segmentId }: { segmentId: string }) {
  const paging = useCursorPaging();
  const [{ data, error }, reexecute] = useQuery({
    query: SegmentPeopleDocument,
    variables: { segmentId, first: PAGE_SIZE, after: paging.after },
    context: MEMBERS_QUERY_CONTEXT,
  });

  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title="Could not load the members"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!data) return <LoadingState label="Loading members…" />;
  const people = data.segmentPeople.edges.map((edge) => edge.node);
  return (
    <Stack>
      {people.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          No one is in this segment now.
        </Text>
      ) : (
        <SegmentMembersTable people={people} label="Segment members" />
      )}
      <CursorPager connection={data.segmentPeople} paging={paging} pageSize={PAGE_SIZE} noun="people" />
    </Stack>
  );
}
