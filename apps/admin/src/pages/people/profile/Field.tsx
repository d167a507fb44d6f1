import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled value on a profile card; an empty value shows as a dash. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{empty ? '—' : children}</Text>
    </Stack>
  );
}
