import type { Page } from '@groundwork/contracts';

/**
 * A page from rows read with `LIMIT first + 1`: the extra row only tells that another page follows.
 * The cursor is the sort key of the last row returned.
 */
export function keysetPage<T>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (last: T) => string,
): Page<T> {
  const items = rows.slice(0, first);
  const last = items.at(-1);
  return {
    items,
    totalCount,
    hasNextPage: rows.length > first,
    endCursor: last === undefined ? null : cursorOf(last),
  };
}
