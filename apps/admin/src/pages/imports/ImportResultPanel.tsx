import { Alert, Button, Card, Group, List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { PATHS } from '../../app/paths';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { formatDateTime } from '../../format/dates';
import { RetryImportDocument, UndoImportDocument, type ImportJobFieldsFragment } from '../../gql/graphql';
import { downloadRejectedRows } from './download-rejected-rows';
import { formatCount } from './import-format';
import { NEW_IMPORT_PATH, importJobPath } from './import-paths';
import { ImportProgressPanel } from './ImportProgressPanel';
import { ImportStatusBadge } from './ImportStatusBadge';

/** A failed import that wrote whole chunks can be undone too, in the same window as a completed one. */
const UNDO_HOURS = 24;
const addHours = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

/** Step 5: what the import did, its rejected rows, and the way back (undo) while it is allowed. */
export function ImportResultPanel({ job }: { job: ImportJobFieldsFragment }) {
  const [confirmingUndo, setConfirmingUndo] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [{ fetching: undoing }, undoImport] = useMutation(UndoImportDocument);
  const [{ fetching: retrying }, retryImport] = useMutation(RetryImportDocument);
  const navigate = useNavigate();
  const { created, updated, unchanged, rejected, merged } = job.counts;
  // The server decides; this only hides a button that would be refused.
  const [now] = useState(() => Date.now());
  const undoableUntil =
    job.undoableUntil ??
    (job.status === 'FAILED' && job.finishedAt && created + updated > 0
      ? addHours(job.finishedAt, UNDO_HOURS)
      : null);
  const canUndo =
    (job.status === 'COMPLETED' || job.status === 'FAILED') &&
    undoableUntil !== null &&
    Date.parse(undoableUntil) > now;
  const hasRejectedRows = job.counts.rejected > 0 || job.status === 'FAILED';

  const download = async () => {
    setDownloading(true);
    const problem = await downloadRejectedRows(
      job.rejectedRowsUrl,
      `${(job.fileName ?? 'import').replace(/\.[^.]*$/, '')}-rejected.csv`,
    );
    setDownloading(false);
    if (problem)
      notifications.show({ color: 'red', title: 'Could not download the rejected rows', message: problem });
  };

  // The rows stay stored: a new import of them starts at the mapping, with this one's options.
  const retry = async () => {
    const result = await retryImport({ input: { id: job.id } });
    if (result.error || !result.data)
      return result.error && notifyFailure(result.error, 'Could not retry the import');
    void navigate(importJobPath(result.data.retryImport.id));
  };

  const undo = async () => {
    const result = await undoImport({ input: { id: job.id } });
    if (result.error) return notifyFailure(result.error, 'Could not undo the import');
    setConfirmingUndo(false);
    notifySuccess('Undoing the import…');
  };

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <ImportStatusBadge status={job.status} />
        <Text size="sm" c="dimmed">
          {job.status === 'UNDONE' && job.undoneAt
            ? `Undone ${formatDateTime(job.undoneAt)}`
            : job.finishedAt
              ? `Finished ${formatDateTime(job.finishedAt)}`
              : null}
        </Text>
      </Group>
      {job.status !== 'UNDONE' && <ImportProgressPanel job={job} />}
      <SimpleGrid cols={{ base: 2, sm: 5 }} aria-label="Import counts">
        <Count label="Created" value={created} />
        <Count label="Updated" value={updated} />
        <Count label="Unchanged" value={unchanged} hint="Matched and left as they were" />
        <Count label="Merged" value={merged} hint="Rows repeating a person of an earlier row" />
        <Count label="Rejected" value={rejected} color={rejected > 0 ? 'red' : undefined} />
      </SimpleGrid>
      {job.errors.length > 0 && (
        <Alert
          color={job.status === 'FAILED' ? 'red' : 'yellow'}
          title={job.status === 'FAILED' ? 'The import failed' : 'Some rows were not imported'}
        >
          <List size="sm" spacing={2}>
            {job.errors.slice(0, 10).map((error, index) => (
              <List.Item key={index}>
                {error.line !== null && error.line !== undefined && `Line ${error.line}: `}
                {error.message}
              </List.Item>
            ))}
          </List>
          {job.status === 'FAILED' && (
            <Text size="sm" mt="xs">
              {job.skipBadRows
                ? 'Rows already imported in whole parts stay; the report lists the rest.'
                : 'Nothing was imported. Fix the rows in the file and upload it again, or try again with “Skip bad rows”.'}
            </Text>
          )}
        </Alert>
      )}
      {job.status === 'UNDONE' && (
        <Alert color="gray" title="This import was undone">
          The people it created were removed and the people it changed were restored.
        </Alert>
      )}
      <Card withBorder radius="md" padding="md">
        <Group gap="sm">
          <Button component={Link} to={PATHS.people}>
            View people
          </Button>
          {hasRejectedRows && (
            <Button variant="default" onClick={() => void download()} loading={downloading}>
              Download rejected rows
            </Button>
          )}
          <Button variant="default" onClick={() => void retry()} loading={retrying}>
            Try again with other options
          </Button>
          <Button component={Link} to={NEW_IMPORT_PATH} variant="default">
            Import another file
          </Button>
          {canUndo && (
            <Button color="red" variant="light" onClick={() => setConfirmingUndo(true)}>
              Undo import
            </Button>
          )}
        </Group>
        {canUndo && undoableUntil && (
          <Text size="xs" c="dimmed" mt="xs">
            Can be undone until {formatDateTime(undoableUntil)}.
          </Text>
        )}
      </Card>
      <ConfirmModal
        opened={confirmingUndo}
        title="Undo this import?"
        confirmLabel="Undo import"
        confirming={undoing}
        onConfirm={() => void undo()}
        onCancel={() => setConfirmingUndo(false)}
      >
        The {formatCount(created)} people this import created are removed, with anything recorded about them
        since. The {formatCount(updated)} people it updated get back their earlier values, except fields
        edited after the import, and lose the tags it added.
      </ConfirmModal>
    </Stack>
  );
}

function Count({
  label,
  value,
  hint,
  color,
}: {
  label: string;
  value: number;
  hint?: string;
  color?: string;
}) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid="count-value">
        {formatCount(value)}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}
