import { Alert, Anchor, Button, Card, Progress, Stack, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../format/dates';
import { ImportJobsDocument, type ImportJobSummaryFieldsFragment } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { usePermissions } from '../../hooks/usePermissions';
import { formatCount, percentDone } from './import-format';
import { importJobPath, NEW_IMPORT_PATH } from './import-paths';
import { isRunning } from './import-status';
import { ImportStatusBadge } from './ImportStatusBadge';

const PAGE_SIZE = 20;
/** While an import on the page runs, the list refreshes this often. */
const POLL_MS = 2_000;

/** Every import of the coalition, newest first, with its status and what it did. */
export function ImportsPage() {
  const { canEditPeople } = usePermissions();
  const paging = useCursorPaging();
  const [{ data, error }, reexecute] = useQuery({
    query: ImportJobsDocument,
    variables: { first: PAGE_SIZE, after: paging.after },
    requestPolicy: 'cache-and-network',
    pause: !canEditPeople,
  });
  const jobs = data?.importJobs.edges.map((edge) => edge.node) ?? [];
  const anyRunning = jobs.some((job) => isRunning(job.status));

  useEffect(() => {
    if (!anyRunning) return;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [anyRunning, reexecute]);

  if (!canEditPeople) {
    return (
      <Alert color="yellow" title="Not available for your role">
        Imports need the organizer role or higher. Ask an admin of your coalition if you need access.
      </Alert>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title="Imports"
        description="Add or update people from CSV files; an import can be undone for 24 hours"
        actions={
          <Button component={Link} to={NEW_IMPORT_PATH}>
            New import
          </Button>
        }
      />
      <Card withBorder radius="md" padding="lg">
        {!data ? (
          error ? (
            <ErrorState
              error={error}
              title="Could not load the imports"
              onRetry={() => reexecute({ requestPolicy: 'network-only' })}
            />
          ) : (
            <LoadingState label="Loading imports…" />
          )
        ) : jobs.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            No imports yet. Start with a CSV export of your list.
          </Text>
        ) : (
          <Stack>
            <Table.ScrollContainer minWidth={760}>
              <Table striped highlightOnHover verticalSpacing="sm" aria-label="Imports">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>File</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th ta="right">Rows</Table.Th>
                    <Table.Th ta="right">Created</Table.Th>
                    <Table.Th ta="right">Updated</Table.Th>
                    <Table.Th ta="right">Rejected</Table.Th>
                    <Table.Th>Uploaded</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {jobs.map((job) => (
                    <ImportRow key={job.id} job={job} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <CursorPager connection={data.importJobs} paging={paging} pageSize={PAGE_SIZE} noun="imports" />
          </Stack>
        )}
      </Card>
    </Stack>
  );
}

function ImportRow({ job }: { job: ImportJobSummaryFieldsFragment }) {
  const running = isRunning(job.status);
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={importJobPath(job.id)} size="sm" fw={500}>
          {job.fileName ?? 'Untitled file'}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <ImportStatusBadge status={job.status} />
          {running && (
            <Progress
              value={percentDone(job.progress.rowsDone, job.progress.rowsTotal)}
              size="sm"
              w={120}
              aria-label={`Progress of ${job.fileName ?? 'the import'}`}
            />
          )}
        </Stack>
      </Table.Td>
      <Table.Td ta="right">{formatCount(job.rowCount)}</Table.Td>
      <Table.Td ta="right">{formatCount(job.counts.created)}</Table.Td>
      <Table.Td ta="right">{formatCount(job.counts.updated)}</Table.Td>
      <Table.Td ta="right" c={job.counts.rejected > 0 ? 'red' : undefined}>
        {formatCount(job.counts.rejected)}
      </Table.Td>
      <Table.Td>{formatDateTime(job.createdAt)}</Table.Td>
    </Table.Tr>
  );
}
