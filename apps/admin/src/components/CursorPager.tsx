import { Button, Group, Text } from '@mantine/core';
import type { CursorPaging } from '../hooks/useCursorPaging';

interface CursorPagerProps {
  paging: CursorPaging;
  pageSize: number;
  shownCount: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  noun: string;
}

export function CursorPager({
  paging,
  pageSize,
  shownCount,
  totalCount,
  hasNextPage,
  endCursor,
  noun,
}: CursorPagerProps) {
  const first = paging.pageIndex * pageSize + 1;
  const last = paging.pageIndex * pageSize + shownCount;
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" aria-live="polite">
        {shownCount === 0 ? `No ${noun}` : `Showing ${first}–${last} of ${totalCount} ${noun}`}
      </Text>
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          disabled={paging.pageIndex === 0}
          onClick={paging.goToPreviousPage}
        >
          Previous
        </Button>
        <Button
          variant="default"
          size="xs"
          disabled={!hasNextPage || !endCursor}
          onClick={() => endCursor && paging.goToNextPage(endCursor)}
        >
          Next
        </Button>
      </Group>
    </Group>
  );
}
