import {
  Alert,
  Badge,
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
import { MATCH_ON_OPTIONS, ON_MATCH_OPTIONS } from './import-status';

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
  mapping: ColumnMapping;
  matchOptions: ImportMatchOn[];
  options: ImportOptions;
  onOptionsChange: (options: ImportOptions) => void;
  startError: string | null;
  starting: boolean;
  onBack: () => void;
  onStart: () => void;
}

const MAX_TAGS = 20;

/** Step 3: the first rows as they will be stored, their problems, and how the import treats people already here. */
export function PreviewStep(props: PreviewStepProps) {
  const { job, options, onOptionsChange, matchOptions, startError, starting, onBack, onStart } = props;
  const set = (change: Partial<ImportOptions>) => onOptionsChange({ ...options, ...change });
  return (
    <Stack gap="lg">
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
              description="Import the good rows and list the bad ones in a report. Otherwise one bad row stops the whole import before anything is written."
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

function PreviewTable({ job, fields, preview, sample, mapping }: PreviewStepProps) {
  const mappedFields = fields.filter((field) => Object.values(mapping).includes(field.key));
  const changed = fieldsChangedFromSuggestion(job.suggestedMapping, mapping);
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
        {rowsWithProblems > 0 && (
          <Text size="sm">
            Fix these rows in the file and upload it again, or tick “Skip bad rows” below to import the others
            and download the bad ones afterwards.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
