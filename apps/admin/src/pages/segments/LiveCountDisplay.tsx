import { Group, Loader, Text } from '@mantine/core';
import { describeError } from '../../api/graphql-errors';
import type { LiveCount } from './useLiveSegmentCount';

const numberFormat = new Intl.NumberFormat();

export function formatPeopleCount(count: number): string {
  return `${numberFormat.format(count)} ${count === 1 ? 'person' : 'people'}`;
}

/** The live count of a filter: the last answer stays, dimmed, while a recount runs. */
export function LiveCountDisplay({ live, label = 'Live count' }: { live: LiveCount; label?: string }) {
  const problem = live.error ? describeError(live.error) : null;
  return (
    <div role="status" aria-live="polite" aria-label={label} aria-busy={live.loading}>
      <Group gap="xs" align="center" wrap="nowrap">
        <Text
          fz={28}
          fw={700}
          lh={1.1}
          c={live.loading ? 'dimmed' : undefined}
          data-testid="live-count-value"
        >
          {live.count === null ? '…' : formatPeopleCount(live.count)}
        </Text>
        {live.loading && <Loader size="xs" aria-label="Counting" />}
      </Group>
      {problem && (
        <Text size="sm" c="red" mt={4}>
          Could not count: {problem}
        </Text>
      )}
    </div>
  );
}
