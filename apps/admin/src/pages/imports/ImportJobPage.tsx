import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../../app/paths';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ImportJobDocument, type ImportJobFieldsFragment } from '../../gql/graphql';
import { NEW_IMPORT_PATH } from './import-paths';
import { isRunning } from './import-status';
import { closeImportToast } from './import-toast';
import { ImportProgressPanel } from './ImportProgressPanel';
import { ImportResultPanel } from './ImportResultPanel';
import { ImportSetup } from './ImportSetup';
import { ImportStatusBadge } from './ImportStatusBadge';
import { ImportSteps } from './ImportSteps';
import type { UploadedFileState } from './NewImportPage';

/** How often a running import is asked for its progress. */
const POLL_MS = 1_000;

/** One import, from mapping to result: what it shows follows the job's status on the server. */
export function ImportJobPage() {
  const { importId = '' } = useParams();
  const location = useLocation();
  const uploaded = (location.state as UploadedFileState | null) ?? null;
  const [{ data, error }, reexecute] = useQuery({
    query: ImportJobDocument,
    variables: { id: importId },
    requestPolicy: 'cache-and-network',
  });
  const job = data?.importJob;
  const running = job ? isRunning(job.status) : false;

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [running, reexecute]);

  useEffect(() => {
    if (job && ['COMPLETED', 'FAILED', 'UNDONE'].includes(job.status)) closeImportToast(job);
  }, [job]);

  const title = job?.fileName ? `Import of ${job.fileName}` : 'Import';
  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        description={
          job ? `${job.rowCount.toLocaleString()} rows · ${job.columns.length} columns` : undefined
        }
        actions={
          <Anchor component={Link} to={PATHS.imports} size="sm">
            All imports
          </Anchor>
        }
      />
      {!data ? (
        error ? (
          <ErrorState
            error={error}
            title="Could not load the import"
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : (
          <LoadingState label="Loading the import…" />
        )
      ) : !job ? (
        <Alert color="yellow" title="No such import">
          This coalition has no import with this address.{' '}
          <Anchor component={Link} to={PATHS.imports}>
            See all imports
          </Anchor>
        </Alert>
      ) : (
        <ImportJobBody job={job} sample={uploaded?.sample ?? null} />
      )}
    </Stack>
  );
}

function ImportJobBody({
  job,
  sample,
}: {
  job: ImportJobFieldsFragment;
  sample: UploadedFileState['sample'];
}) {
  switch (job.status) {
    case 'UPLOADING':
      return (
        <>
          <ImportSteps current="upload" />
          <Alert color="yellow" title="The file has not finished uploading">
            <Text size="sm">
              If the upload was interrupted, it will be marked as failed; upload the file again from{' '}
              <Anchor component={Link} to={NEW_IMPORT_PATH}>
                a new import
              </Anchor>
              .
            </Text>
          </Alert>
        </>
      );
    case 'UPLOADED':
    case 'CHECKING':
      return <ImportSetup job={job} sample={sample} />;
    case 'VALIDATING':
    case 'IMPORTING':
    case 'UNDOING':
      return (
        <>
          <ImportSteps current="import" />
          <Stack gap="xs">
            <ImportStatusBadge status={job.status} />
            <ImportProgressPanel job={job} />
          </Stack>
        </>
      );
    case 'COMPLETED':
    case 'FAILED':
    case 'UNDONE':
      return (
        <>
          <ImportSteps current="result" />
          <ImportResultPanel job={job} />
        </>
      );
  }
}
