import { Button, Card, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { SegmentsDocument, type SegmentFieldsFragment } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { usePermissions } from '../../hooks/usePermissions';
import { DeleteSegmentModal } from './DeleteSegmentModal';
import { PeopleSearchCard } from './PeopleSearchCard';
import { newSegmentPath } from './segment-paths';
import { SegmentsTable } from './SegmentsTable';

const PAGE_SIZE = 20;
/** Counts change whenever people do. */
const SEGMENTS_QUERY_CONTEXT = { additionalTypenames: ['Segment', 'Person'] };

export function SegmentsPage() {
  const { canEditPeople } = usePermissions();
  const paging = useCursorPaging();
  const [segmentToDelete, setSegmentToDelete] = useState<SegmentFieldsFragment | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: SegmentsDocument,
    variables: { first: PAGE_SIZE, after: paging.after },
    context: SEGMENTS_QUERY_CONTEXT,
  });
  const segments = data?.segments.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title="Segments"
        description="Saved lists of people by level, tags, place, activity and consent, counted live"
        actions={
          canEditPeople && (
            <Button component={Link} to={newSegmentPath()}>
              New segment
            </Button>
          )
        }
      />
      <Card withBorder radius="md" padding="lg">
        <Stack>
          {error && !data ? (
            <ErrorState
              error={error}
              title="Could not load segments"
              onRetry={() => reexecute({ requestPolicy: 'network-only' })}
            />
          ) : !data ? (
            <LoadingState label="Loading segments…" />
          ) : segments.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl">
              {canEditPeople ? 'No segments yet. Build the first one with New segment.' : 'No segments yet.'}
            </Text>
          ) : (
            <SegmentsTable segments={segments} canEdit={canEditPeople} onDelete={setSegmentToDelete} />
          )}
          {data && segments.length > 0 && (
            <CursorPager connection={data.segments} paging={paging} pageSize={PAGE_SIZE} noun="segments" />
          )}
        </Stack>
      </Card>
      <PeopleSearchCard />
      <DeleteSegmentModal segment={segmentToDelete} onClose={() => setSegmentToDelete(null)} />
    </Stack>
  );
}
