import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { downloadAuthenticatedFile } from '../../api/download-file';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import {
  SegmentExportColumnsDocument,
  type ConsentChannel,
  type SegmentFieldsFragment,
} from '../../gql/graphql';
import { CHANNEL_LABELS, CONSENT_CHANNELS } from '../consent/consent-labels';
import { LiveCountDisplay } from './LiveCountDisplay';
import {
  DEFAULT_EXPORT_COLUMNS,
  exportDownloadUrl,
  exportedPeopleFilter,
  exportFileName,
} from './segment-export';
import { useLiveSegmentCount } from './useLiveSegmentCount';

interface ExportSegmentModalProps {
  segment: SegmentFieldsFragment | null;
  onClose: () => void;
}

/** Downloads a saved segment as CSV: columns from the server's catalogue, optionally only people reachable on a channel. */
export function ExportSegmentModal({ segment, onClose }: ExportSegmentModalProps) {
  return (
    <Modal
      opened={segment !== null}
      onClose={onClose}
      title={segment ? `Export ${segment.name}` : ''}
      size="lg"
      centered
    >
      {segment && <ExportSegmentForm key={segment.id} segment={segment} onDone={onClose} />}
    </Modal>
  );
}

function ExportSegmentForm({ segment, onDone }: { segment: SegmentFieldsFragment; onDone: () => void }) {
  const [{ data, error }, reexecute] = useQuery({ query: SegmentExportColumnsDocument });
  const [columns, setColumns] = useState<string[]>(DEFAULT_EXPORT_COLUMNS);
  const [channel, setChannel] = useState<ConsentChannel | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const exported = exportedPeopleFilter(segment.filter);
  const rows = useLiveSegmentCount(exported ?? {}, channel, exported === null);

  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title="Could not load the columns"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!data) return <LoadingState label="Loading columns…" />;

  const catalogue = data.segmentExportColumns;
  // In catalogue order, whatever order they were ticked in.
  const ordered = catalogue.map((column) => column.key).filter((key) => columns.includes(key));

  const download = async () => {
    setDownloading(true);
    setProblem(null);
    const failure = await downloadAuthenticatedFile(
      exportDownloadUrl(segment.exportUrl, ordered, channel),
      exportFileName(segment.name),
      {
        what: 'The export',
      },
    );
    setDownloading(false);
    if (failure) setProblem(failure);
    else onDone();
  };

  return (
    <Stack>
      <Checkbox.Group
        label="Columns"
        description="In this order in the file."
        value={columns}
        onChange={setColumns}
      >
        <ScrollArea.Autosize mah={300} mt="xs" type="auto">
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs" verticalSpacing={6}>
            {catalogue.map((column) => (
              <Checkbox key={column.key} value={column.key} label={column.label} />
            ))}
          </SimpleGrid>
        </ScrollArea.Autosize>
      </Checkbox.Group>
      <Select
        label="Only people who may be contacted by"
        placeholder="Any channel"
        data={CONSENT_CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }))}
        value={channel}
        onChange={(value) => setChannel(value)}
        clearable
        maw={320}
      />
      <Stack gap={2}>
        <Text size="sm" c="dimmed">
          Rows in the file (people marked do not contact are never exported):
        </Text>
        {exported === null ? (
          <Text fw={700}>No one</Text>
        ) : (
          <LiveCountDisplay live={rows} label="Rows to export" />
        )}
      </Stack>
      {problem && (
        <Alert color="red" title="The export did not download">
          {problem}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={downloading}>
          Cancel
        </Button>
        <Button onClick={() => void download()} loading={downloading} disabled={ordered.length === 0}>
          Download CSV
        </Button>
      </Group>
    </Stack>
  );
}
