import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../../api/graphql-errors';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { ImportSetupDocument, StartImportDocument, type ImportJobFieldsFragment } from '../../gql/graphql';
import type { CsvSample } from './csv-sample';
import { checkMapping, initialMapping, mappingInput, type ColumnMapping } from './import-mapping';
import { ImportSteps } from './ImportSteps';
import { MappingStep } from './MappingStep';
import { PreviewStep, type ImportOptions } from './PreviewStep';

const PREVIEW_ROWS = 10;

/** Steps 2 and 3 of an uploaded import: map its columns, then preview and choose the options, then start. */
export function ImportSetup({ job, sample }: { job: ImportJobFieldsFragment; sample: CsvSample | null }) {
  const [step, setStep] = useState<'mapping' | 'preview'>('mapping');
  const [mapping, setMapping] = useState<ColumnMapping>(() => initialMapping(job.suggestedMapping));
  const [options, setOptions] = useState<ImportOptions>({
    matchOn: null,
    onMatch: 'SKIP',
    tags: [],
    skipBadRows: false,
  });
  const [startError, setStartError] = useState<string | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: ImportSetupDocument,
    variables: { id: job.id, previewRows: PREVIEW_ROWS },
  });
  const [{ fetching: starting }, startImport] = useMutation(StartImportDocument);

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
  const fields = data.importFields;
  const preview = data.importJob?.preview ?? [];
  const check = checkMapping(job.columns, mapping, fields);
  const matchOn =
    options.matchOn && check.matchOptions.includes(options.matchOn)
      ? options.matchOn
      : (check.matchOptions[0] ?? null);

  const start = async () => {
    if (!matchOn) return;
    setStartError(null);
    const result = await startImport({
      input: {
        importId: job.id,
        mapping: mappingInput(job.columns, mapping),
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
    notifySuccess(`Importing ${job.rowCount.toLocaleString()} rows.`);
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
          mapping={mapping}
          matchOptions={check.matchOptions}
          options={{ ...options, matchOn }}
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
