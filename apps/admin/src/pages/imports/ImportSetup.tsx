import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../../api/graphql-errors';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { notifyFailure } from '../../feedback/notify';
import {
  CheckImportDocument,
  ImportSetupDocument,
  StartImportDocument,
  type ImportJobFieldsFragment,
} from '../../gql/graphql';
import type { CsvSample } from './csv-sample';
import { checkMapping, initialMapping, mappingInput, type ColumnMapping } from './import-mapping';
import { openImportToast } from './import-toast';
import { ImportSteps } from './ImportSteps';
import { MappingStep } from './MappingStep';
import { PreviewStep, type ImportOptions } from './PreviewStep';

const PREVIEW_ROWS = 10;

/**
 * Steps 2 and 3 of an uploaded import: map its columns, then preview, with every row of the file
 * checked against the mapping and options (again when they change), and start. A retried import
 * starts from the mapping and options of the one it retries.
 */
export function ImportSetup({ job, sample }: { job: ImportJobFieldsFragment; sample: CsvSample | null }) {
  const [step, setStep] = useState<'mapping' | 'preview'>('mapping');
  // The mapping the server's preview rows were made with (the job's own, else the suggested one).
  const [baseMapping] = useState(() => job.mapping ?? job.suggestedMapping);
  const [mapping, setMapping] = useState<ColumnMapping>(() => initialMapping(baseMapping));
  const [options, setOptions] = useState<ImportOptions>(() => ({
    matchOn: job.matchOn ?? null,
    onMatch: job.onMatch ?? 'SKIP',
    tags: job.tags,
    skipBadRows: job.retryOf ? job.skipBadRows : true,
  }));
  const [startError, setStartError] = useState<string | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: ImportSetupDocument,
    variables: { id: job.id, previewRows: PREVIEW_ROWS },
  });
  const [{ fetching: starting }, startImport] = useMutation(StartImportDocument);
  const [, checkImport] = useMutation(CheckImportDocument);

  const fields = data?.importFields ?? [];
  const check = checkMapping(job.columns, mapping, fields);
  const matchOn =
    options.matchOn && check.matchOptions.includes(options.matchOn)
      ? options.matchOn
      : (check.matchOptions[0] ?? null);
  const input = mappingInput(job.columns, mapping);
  const wanted = matchOn ? JSON.stringify([input, matchOn, options.onMatch]) : null;
  const asked =
    job.mapping && job.matchOn ? JSON.stringify([mappingOf(job.mapping), job.matchOn, job.onMatch]) : null;
  const checkAsked = job.status === 'CHECKING' || job.check !== null;

  // Every row is checked in the background as soon as the preview shows, and again when the
  // mapping or options it depends on change.
  useEffect(() => {
    if (step !== 'preview' || !matchOn || !wanted || (wanted === asked && checkAsked)) return;
    void checkImport({ input: { importId: job.id, mapping: input, matchOn, onMatch: options.onMatch } }).then(
      (result) => {
        if (result.error) notifyFailure(result.error, 'Could not check the rows');
      },
    );
    // `input` follows `wanted`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step, wanted, asked, checkAsked, job.id, checkImport]);

  if (!data) {
    return error ? (
      <ErrorState
        error={error}
        title="Could not load the mapping"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    ) : (
      <LoadingState label="Reading the columns…" />
    );
  }
  const preview = data.importJob?.preview ?? [];

  const start = async () => {
    if (!matchOn) return;
    setStartError(null);
    const result = await startImport({
      input: {
        importId: job.id,
        mapping: input,
        matchOn,
        onMatch: options.onMatch,
        tags: options.tags,
        skipBadRows: options.skipBadRows,
      },
    });
    if (result.error) {
      const problems = fieldErrors(result.error);
      setStartError(
        problems.length > 0
          ? problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')
          : null,
      );
      notifyFailure(result.error, 'Could not start the import');
      return;
    }
    openImportToast(job.id, job.rowCount);
  };

  return (
    <>
      <ImportSteps current={step} />
      {step === 'mapping' ? (
        <MappingStep
          job={job}
          fields={fields}
          preview={preview}
          sample={sample}
          mapping={mapping}
          check={check}
          onChange={(column, field) => setMapping((previous) => ({ ...previous, [column]: field }))}
          onNext={() => setStep('preview')}
        />
      ) : (
        <PreviewStep
          job={job}
          fields={fields}
          preview={preview}
          sample={sample}
          baseMapping={baseMapping}
          mapping={mapping}
          matchOptions={check.matchOptions}
          options={{ ...options, matchOn }}
          checkIsCurrent={wanted !== null && wanted === asked && job.status !== 'CHECKING'}
          onOptionsChange={setOptions}
          startError={startError}
          starting={starting}
          onBack={() => setStep('mapping')}
          onStart={() => void start()}
        />
      )}
    </>
  );
}

function mappingOf(mapping: Array<{ column: string; field: string }>) {
  return mapping.map(({ column, field }) => ({ column, field }));
}
