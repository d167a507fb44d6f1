import { Button, Group, Text } from '@mantine/core';
import type { CursorPaging } from '../hooks/useCursorPaging';

/** The part of any GraphQL connection the pager reads. */
export interface PagedConnection {
  edges: readonly unknown[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface CursorPagerProps {
  paging: CursorPaging;
  pageSize: number;
  /** The page shown: its edges, the total, and where the next page starts. */
  connection: PagedConnection;
  noun: string;
}

export function CursorPager({ paging, pageSize, connection, noun }: CursorPagerProps) {
  const shownCount = connection.edges.length;
  const { totalCount } = connection;
  const { hasNextPage } = connection.pageInfo;
  const endCursor = connection.pageInfo.endCursor ?? null;
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
