import { Card, Skeleton, Text } from '@mantine/core';

interface StatCardProps {
  label: string;
  value: number | undefined;
  loading: boolean;
  hint?: string;
}

/** A labelled region, so the number can be found by its label (e.g. "Total people"). */
export function StatCard({ label, value, loading, hint }: StatCardProps) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={label}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      {loading ? (
        <Skeleton height={40} width={96} mt={6} />
      ) : (
        <Text fz={36} fw={700} lh={1.2} mt={4} data-testid="stat-value">
          {value?.toLocaleString() ?? '—'}
        </Text>
      )}
      {hint && (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </Card>
  );
}
