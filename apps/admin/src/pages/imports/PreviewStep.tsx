import {
  Alert,
  Badge,
  Progress,
  Button,
  Card,
  Checkbox,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  Title,
} from '@mantine/core';
import type {
  ImportFieldOptionFragment,
  ImportJobFieldsFragment,
  ImportMatchOn,
  ImportOnMatch,
  ImportPreviewRowFieldsFragment,
} from '../../gql/graphql';
import type { CsvSample } from './csv-sample';
import { fieldsChangedFromSuggestion, type ColumnMapping } from './import-mapping';
import { formatCount, percentDone } from './import-format';
import { MATCH_ON_OPTIONS, ON_MATCH_OPTIONS, reasonLabel } from './import-status';

export interface ImportOptions {
  matchOn: ImportMatchOn | null;
  onMatch: ImportOnMatch;
  tags: string[];
  skipBadRows: boolean;
}

interface PreviewStepProps {
  job: ImportJobFieldsFragment;
  fields: ImportFieldOptionFragment[];
  preview: ImportPreviewRowFieldsFragment[];
  sample: CsvSample | null;
  /** The mapping the preview rows were made with. */
  baseMapping: Array<{ column: string; field?: string | null }>;
  mapping: ColumnMapping;
  matchOptions: ImportMatchOn[];
  options: ImportOptions;
  /** Whether `job.check` was made with this mapping and these options. */
  checkIsCurrent: boolean;
  onOptionsChange: (options: ImportOptions) => void;
  startError: string | null;
  starting: boolean;
  onBack: () => void;
  onStart: () => void;
}

const MAX_TAGS = 20;

/**
 * Step 3: every row of the file checked (rows that cannot be imported, by reason, with the first of
 * each), the first rows as they will be stored, and how the import treats people already here.
 */
export function PreviewStep(props: PreviewStepProps) {
  const { job, options, onOptionsChange, matchOptions, startError, starting, onBack, onStart } = props;
  const set = (change: Partial<ImportOptions>) => onOptionsChange({ ...options, ...change });
  return (
    <Stack gap="lg">
      <FileCheck job={job} current={props.checkIsCurrent} />
      <PreviewTable {...props} />
      <Card withBorder radius="md" padding="lg">
        <Stack>
          <Title order={2} size="h4">
            Options
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <Radio.Group
              label="Match people already in Groundwork by"
              description="Rows without a value here always create a new person."
              value={options.matchOn ?? ''}
              onChange={(value) => set({ matchOn: value as ImportMatchOn })}
            >
              <Stack gap="xs" mt="xs">
                {MATCH_ON_OPTIONS.map((option) => (
                  <Radio
                    key={option.value}
                    value={option.value}
                    label={option.label}
                    disabled={!matchOptions.includes(option.value)}
                    description={
                      matchOptions.includes(option.value) ? undefined : 'No column is mapped to it'
                    }
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Radio.Group
              label="When a row matches someone"
              value={options.onMatch}
              onChange={(value) => set({ onMatch: value })}
            >
              <Stack gap="xs" mt="xs">
                {ON_MATCH_OPTIONS.map((option) => (
                  <Radio
                    key={option.value}
                    value={option.value}
                    label={option.label}
                    description={option.description}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <TagsInput
              label="Tags to add"
              description="Added to every person this import creates or updates; press Enter after each."
              placeholder="e.g. spring-canvass"
              value={options.tags}
              onChange={(tags) => set({ tags })}
              maxTags={MAX_TAGS}
              clearable
            />
            <Checkbox
              label="Skip bad rows"
              description="Import the good rows and list the bad ones in a report (you can download it). Untick it to import nothing when a row is bad."
              checked={options.skipBadRows}
              onChange={(event) => set({ skipBadRows: event.currentTarget.checked })}
            />
          </SimpleGrid>
          {startError && (
            <Alert color="red" title="The import was not started" role="alert">
              {startError}
            </Alert>
          )}
          <Group justify="space-between">
            <Button variant="default" onClick={onBack} disabled={starting}>
              Back to mapping
            </Button>
            <Button onClick={onStart} loading={starting} disabled={!options.matchOn}>
              Import {job.rowCount.toLocaleString()} rows
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}

/** The whole file checked against the mapping and options: what will be imported, and what will not, by reason. */
function FileCheck({ job, current }: { job: ImportJobFieldsFragment; current: boolean }) {
  const summary = current ? job.check : null;
  if (!summary) {
    const checking = job.status === 'CHECKING';
    const done = checking ? job.progress.rowsDone : 0;
    return (
      <Card withBorder radius="md" padding="lg">
        <Stack gap="xs" role="status" aria-live="polite">
          <Text fw={500}>Checking all {formatCount(job.rowCount)} rows…</Text>
          <Progress value={percentDone(done, job.rowCount)} striped animated aria-label="Check progress" />
          <Text size="sm" c="dimmed">
            {formatCount(done)} of {formatCount(job.rowCount)} rows checked. You can start the import
            meanwhile.
          </Text>
        </Stack>
      </Card>
    );
  }
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Title order={2} size="h4">
          All rows checked
        </Title>
        <Alert color={summary.rejected > 0 ? 'yellow' : 'green'} variant="light" role="status">
          <Stack gap={4}>
            <Text size="sm" data-testid="check-people">
              {formatCount(summary.people)} {summary.people === 1 ? 'person' : 'people'} to import.
            </Text>
            {summary.merged > 0 && (
              <Text size="sm" data-testid="check-merged">
                {formatCount(summary.merged)} {summary.merged === 1 ? 'row repeats' : 'rows repeat'} a person
                of an earlier row (the same{' '}
                {(summary.matchOn === 'EXTERNAL_ID' ? 'external id' : summary.matchOn).toLowerCase()}) and
                will be merged into that person.
              </Text>
            )}
            <Text size="sm" data-testid="check-rejected">
              {summary.rejected === 0
                ? 'Every row can be imported.'
                : `${formatCount(summary.rejected)} ${summary.rejected === 1 ? 'row cannot' : 'rows cannot'} be imported.`}
            </Text>
          </Stack>
        </Alert>
        {summary.reasons.length > 0 && (
          <Table verticalSpacing="xs" aria-label="Rows that cannot be imported">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Reason</Table.Th>
                <Table.Th>Rows</Table.Th>
                <Table.Th>First at line</Table.Th>
                <Table.Th>What is wrong there</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.reasons.map((reason) => (
                <Table.Tr key={reason.reason}>
                  <Table.Td>{reasonLabel(reason.reason)}</Table.Td>
                  <Table.Td>{formatCount(reason.rows)}</Table.Td>
                  <Table.Td>{reason.firstLine}</Table.Td>
                  <Table.Td>{reason.firstMessage}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="xs" c="dimmed">
          Lines are the file’s lines, the header being line 1 (a spreadsheet shows the same numbers unless a
          cell spans lines).
        </Text>
      </Stack>
    </Card>
  );
}

function PreviewTable({ job, fields, preview, sample, baseMapping, mapping }: PreviewStepProps) {
  const mappedFields = fields.filter((field) => Object.values(mapping).includes(field.key));
  const changed = fieldsChangedFromSuggestion(baseMapping, mapping);
  const columnOf = (field: string) => job.columns.find((column) => mapping[column] === field);
  const rawValue = (rowNumber: number, field: string) => {
    const column = columnOf(field);
    const index = column === undefined || !sample ? -1 : sample.columns.indexOf(column);
    return index < 0 ? undefined : sample?.rows[rowNumber - 1]?.[index];
  };
  // Problems with a field whose column changed were found under the suggested mapping; they may no longer hold.
  const problemsOf = (row: ImportPreviewRowFieldsFragment) =>
    row.errors.filter(
      (error) =>
        !error.field ||
        (!changed.has(error.field) && mappedFields.some((field) => field.key === error.field)),
    );
  const rowsWithProblems = preview.filter((row) => problemsOf(row).length > 0).length;

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4">
            Preview
          </Title>
          <Text size="sm" c={rowsWithProblems > 0 ? 'red' : 'dimmed'} role="status">
            {preview.length === 0
              ? 'No rows to preview'
              : rowsWithProblems > 0
                ? `${rowsWithProblems} of the first ${preview.length} rows have problems`
                : `The first ${preview.length} of ${job.rowCount.toLocaleString()} rows look right`}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          The first rows as they will be stored: emails in lower case, phones in international form.
        </Text>
        {changed.size > 0 && (
          <Alert color="blue" variant="light">
            Fields whose column you changed show the file’s text in italics; it is checked when the import
            runs.
          </Alert>
        )}
        <Table.ScrollContainer minWidth={Math.max(640, mappedFields.length * 140)}>
          <Table verticalSpacing="xs" aria-label="Import preview">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                {mappedFields.map((field) => (
                  <Table.Th key={field.key}>{field.label}</Table.Th>
                ))}
                <Table.Th>Problems</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.map((row) => {
                const problems = problemsOf(row);
                const badFields = new Set(problems.map((problem) => problem.field));
                return (
                  <Table.Tr
                    key={row.rowNumber}
                    bg={problems.length > 0 ? 'var(--mantine-color-red-light)' : undefined}
                    data-invalid={problems.length > 0 || undefined}
                  >
                    <Table.Td>{row.line}</Table.Td>
                    {mappedFields.map((field) => {
                      const stored = changed.has(field.key)
                        ? undefined
                        : row.values.find((value) => value.field === field.key)?.value;
                      // A changed field, or a row the server could not turn into values: the file's own text.
                      const raw =
                        stored === undefined || stored === null
                          ? rawValue(row.rowNumber, field.key)
                          : undefined;
                      const bad = badFields.has(field.key);
                      return (
                        <Table.Td key={field.key}>
                          <Text
                            size="sm"
                            fs={raw ? 'italic' : undefined}
                            c={bad ? 'red' : raw ? 'dimmed' : undefined}
                            fw={bad ? 600 : undefined}
                            title={raw ? 'As in the file' : undefined}
                          >
                            {stored ?? (raw || '—')}
                          </Text>
                        </Table.Td>
                      );
                    })}
                    <Table.Td>
                      {problems.length === 0 ? (
                        <Badge color="green" variant="light" size="sm">
                          OK
                        </Badge>
                      ) : (
                        <Stack gap={2}>
                          {problems.map((problem, index) => (
                            <Text key={index} size="xs" c="red">
                              {problem.message}
                            </Text>
                          ))}
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
