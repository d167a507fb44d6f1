import { Alert, Anchor, Button, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { sessionStore } from '../../api/session';
import { PATHS } from '../../app/paths';
import { PageHeader } from '../../components/PageHeader';
import { usePermissions } from '../../hooks/usePermissions';
import { CsvDropZone } from './CsvDropZone';
import { readCsvSample, type CsvSample } from './csv-sample';
import { formatBytes, percentDone } from './import-format';
import { importJobPath } from './import-paths';
import { FILE_PROBLEM_HINTS } from './import-status';
import { ImportSteps } from './ImportSteps';
import { uploadCsv, type UploadProgress, type UploadRefusal } from './upload-csv';

/** What the import page receives from this one, through the router's state. */
export interface UploadedFileState {
  sample: CsvSample | null;
}

const CSV_NAME = /\.(csv|tsv|txt)$/i;

type Upload =
  | { phase: 'idle' }
  | { phase: 'sending'; file: File; progress: UploadProgress }
  | { phase: 'refused'; file: File; refusal: UploadRefusal };

/** Step 1 of an import: choose a file and send it, with progress; a refused file says why. */
export function NewImportPage() {
  const { canEditPeople } = usePermissions();
  const navigate = useNavigate();
  const [upload, setUpload] = useState<Upload>({ phase: 'idle' });
  const cancel = useRef<AbortController | null>(null);

  useEffect(() => () => cancel.current?.abort(), []);

  const start = async (file: File) => {
    if (!CSV_NAME.test(file.name)) {
      setUpload({
        phase: 'refused',
        file,
        refusal: {
          status: 0,
          code: 'NOT_CSV',
          reason: 'NOT_CSV',
          message: `${file.name} is not a CSV file.`,
          line: null,
        },
      });
      return;
    }
    const controller = new AbortController();
    cancel.current = controller;
    setUpload({ phase: 'sending', file, progress: { sentBytes: 0, totalBytes: file.size } });
    try {
      const outcome = await uploadCsv(
        sessionStore,
        file,
        (progress) => setUpload({ phase: 'sending', file, progress }),
        controller.signal,
      );
      if (!outcome.ok) {
        setUpload({ phase: 'refused', file, refusal: outcome.refusal });
        return;
      }
      const sample = await readCsvSample(file, outcome.delimiter ?? ',').catch(() => null);
      const state: UploadedFileState = { sample };
      void navigate(importJobPath(outcome.importId), { state });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        setUpload({ phase: 'idle' });
        return;
      }
      // Renewing the session failed without refusing it: Groundwork could not be reached.
      const message = 'Could not reach Groundwork. Check your connection and try again.';
      setUpload({
        phase: 'refused',
        file,
        refusal: { status: 0, code: 'NETWORK', reason: null, message, line: null },
      });
    }
  };

  if (!canEditPeople) {
    return (
      <Alert color="yellow" title="Not available for your role">
        Importing people needs the organizer role or higher. Ask an admin of your coalition if you need
        access.
      </Alert>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title="New import"
        description="Add or update people from a CSV file"
        actions={
          <Anchor component={Link} to={PATHS.imports} size="sm">
            All imports
          </Anchor>
        }
      />
      <ImportSteps current="upload" />
      <Card withBorder radius="md" padding="lg">
        <Stack>
          <CsvDropZone disabled={upload.phase === 'sending'} onFile={(file) => void start(file)} />
          {upload.phase === 'sending' && (
            <SendingFile
              file={upload.file}
              progress={upload.progress}
              onCancel={() => cancel.current?.abort()}
            />
          )}
          {upload.phase === 'refused' && <RefusedFile file={upload.file} refusal={upload.refusal} />}
        </Stack>
      </Card>
    </Stack>
  );
}

function SendingFile({
  file,
  progress,
  onCancel,
}: {
  file: File;
  progress: UploadProgress;
  onCancel: () => void;
}) {
  const percent = percentDone(progress.sentBytes, progress.totalBytes);
  // Once every byte is sent the gateway is still storing the last rows; the bar says so.
  const checking = progress.totalBytes > 0 && progress.sentBytes >= progress.totalBytes;
  return (
    <Stack gap={6} role="status" aria-live="polite">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {checking ? `Reading ${file.name}…` : `Uploading ${file.name}`}
        </Text>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {checking
              ? formatBytes(file.size)
              : `${percent}% · ${formatBytes(progress.sentBytes)} of ${formatBytes(progress.totalBytes)}`}
          </Text>
          <Button size="xs" variant="subtle" color="gray" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Group>
      <Progress
        value={checking ? 100 : percent}
        striped={checking}
        animated={checking}
        aria-label="Upload progress"
      />
    </Stack>
  );
}

function RefusedFile({ file, refusal }: { file: File; refusal: UploadRefusal }) {
  const hint = refusal.reason ? FILE_PROBLEM_HINTS[refusal.reason] : undefined;
  return (
    <Alert color="red" title={`${file.name} was not accepted`} role="alert">
      <Stack gap={4}>
        <Text size="sm">
          {refusal.message}
          {refusal.line !== null &&
            !refusal.message.includes(`line ${refusal.line}`) &&
            ` (line ${refusal.line})`}
        </Text>
        {hint && <Text size="sm">{hint}</Text>}
        <Text size="xs" c="dimmed">
          {[refusal.code, refusal.reason]
            .filter((part, index, all) => part && all.indexOf(part) === index)
            .join(' · ')}
          {refusal.status > 0 && ` · HTTP ${refusal.status}`}
        </Text>
        <Text size="sm">Nothing was imported. Fix the file and choose it again.</Text>
      </Stack>
    </Alert>
  );
}
