import { Card, Group, Progress, Stack, Text } from '@mantine/core';
import type { ImportJobSummaryFieldsFragment } from '../../gql/graphql';
import { formatCount, formatRate, formatTimeLeft, percentDone } from './import-format';
import { isRunning } from './import-status';

const PHASE_LABELS: Record<string, string> = {
  VALIDATING: 'Step 1 of 2: checking every row',
  IMPORTING: 'Step 2 of 2: importing',
  UNDOING: 'Undoing the import',
};

/** Rows done of the total as a bar, with the rate and the time left while the job runs. */
export function ImportProgressPanel({ job }: { job: ImportJobSummaryFieldsFragment }) {
  const { rowsDone, rowsTotal, rowsPerSecond, secondsLeft, phase } = job.progress;
  const running = isRunning(job.status);
  const total = rowsTotal || job.rowCount;
  const done = running ? rowsDone : job.status === 'COMPLETED' ? total : rowsDone;
  const percent = percentDone(done, total);
  // Undoing counts the chunks the import wrote, not rows.
  const unit = job.status === 'UNDOING' ? 'parts' : 'rows';
  const label = running
    ? (PHASE_LABELS[phase ?? job.status] ?? 'Working')
    : job.status === 'COMPLETED'
      ? 'Done'
      : 'Stopped';
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="xs" aria-live="polite">
        <Group justify="space-between">
          <Text fw={500} data-testid="import-phase">
            {label}
          </Text>
          <Text fw={600} data-testid="import-percent">
            {percent}%
          </Text>
        </Group>
        <Progress
          value={percent}
          size="xl"
          striped={running}
          animated={running}
          color={job.status === 'FAILED' ? 'red' : 'green'}
          aria-label="Import progress"
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="import-rows">
            {formatCount(done)} of {formatCount(total)} {unit}
          </Text>
          {running && (
            <Text size="sm" c="dimmed">
              {[
                rowsPerSecond && unit === 'rows' ? formatRate(rowsPerSecond) : null,
                secondsLeft !== null && secondsLeft !== undefined ? formatTimeLeft(secondsLeft) : null,
              ]
                .filter(Boolean)
                .join(' · ') || 'Starting…'}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
