import { Alert, Badge, Button, Card, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import type {
  ImportFieldOptionFragment,
  ImportJobFieldsFragment,
  ImportPreviewRowFieldsFragment,
} from '../../gql/graphql';
import { sampleValues, type CsvSample } from './csv-sample';
import type { ColumnMapping, MappingCheck } from './import-mapping';

interface MappingStepProps {
  job: ImportJobFieldsFragment;
  fields: ImportFieldOptionFragment[];
  preview: ImportPreviewRowFieldsFragment[];
  sample: CsvSample | null;
  mapping: ColumnMapping;
  check: MappingCheck;
  onChange: (column: string, field: string) => void;
  onNext: () => void;
}

/** Step 2: each column of the file, a few of its values, and the field it fills (suggested from its name). */
export function MappingStep({
  job,
  fields,
  preview,
  sample,
  mapping,
  check,
  onChange,
  onNext,
}: MappingStepProps) {
  const suggested = new Map(job.suggestedMapping.map(({ column, field }) => [column, field ?? null]));
  const options = [
    { value: '', label: 'Don’t import' },
    ...fields.map((field) => ({
      value: field.key,
      label: field.requiredToCreate ? `${field.label} (needed for new people)` : field.label,
    })),
  ];
  const hasColumnErrors = Object.keys(check.columnErrors).length > 0;
  const mappedCount = job.columns.filter((column) => mapping[column]).length;

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          Check the field each column fills. Suggestions come from the column names; columns left as “Don’t
          import” are ignored.
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" aria-label="Column mapping">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Column in the file</Table.Th>
                <Table.Th>Sample values</Table.Th>
                <Table.Th w={300}>Import as</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {job.columns.map((column) => {
                const values = columnSamples(column, sample, preview, suggested.get(column) ?? null);
                return (
                  <Table.Tr key={column}>
                    <Table.Td>
                      <Group gap="xs">
                        <Text size="sm" fw={500}>
                          {column}
                        </Text>
                        {suggested.get(column) && suggested.get(column) === mapping[column] && (
                          <Badge size="xs" variant="light" color="gray">
                            suggested
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={values.length > 0 ? undefined : 'dimmed'} lineClamp={2}>
                        {values.length > 0 ? values.join(' · ') : 'no values shown'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <NativeSelect
                        aria-label={`Field for column ${column}`}
                        data={options}
                        value={mapping[column] ?? ''}
                        onChange={(event) => onChange(column, event.currentTarget.value)}
                        error={check.columnErrors[column]}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {check.missingRequired.length > 0 && (
          <Alert color="yellow" title="Some fields new people need are not mapped">
            No column fills {check.missingRequired.map((field) => field.label).join(', ')}. Rows without them
            can only update people already in Groundwork; the others are rejected.
          </Alert>
        )}
        {check.matchOptions.length === 0 && (
          <Alert color="red" title="Nothing to match people on">
            Map a column to Email, Phone or External id, so rows for people already in Groundwork update them
            instead of creating them twice.
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {mappedCount} of {job.columns.length} columns imported
          </Text>
          <Button
            onClick={onNext}
            disabled={hasColumnErrors || check.matchOptions.length === 0 || mappedCount === 0}
          >
            Next: preview
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Values from the file itself when this browser uploaded it; else the server's preview of the suggested field. */
function columnSamples(
  column: string,
  sample: CsvSample | null,
  preview: ImportPreviewRowFieldsFragment[],
  suggestedField: string | null,
): string[] {
  const fromFile = sampleValues(sample, column);
  if (fromFile.length > 0 || !suggestedField) return fromFile;
  return preview
    .map((row) => row.values.find((value) => value.field === suggestedField)?.value ?? '')
    .filter((value) => value !== '')
    .slice(0, 3);
}
