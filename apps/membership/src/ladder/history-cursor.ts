import type { Page } from '@groundwork/contracts';
import { decodeKeysetCursor, encodeKeysetCursor, type KeysetPosition } from '@groundwork/service-kit';

/** Position in a history list ordered newest first: `(at, id)` descending. Opaque to clients. */
export type HistoryCursor = KeysetPosition;

export function encodeHistoryCursor(at: Date, id: string): string {
  return encodeKeysetCursor({ at, id });
}

export function decodeHistoryCursor(cursor: string | undefined): HistoryCursor | undefined {
  return cursor === undefined ? undefined : decodeKeysetCursor(cursor);
}

/** Turns `limit + 1` rows read newest first into a page. */
export function historyPage<R, T>(
  rows: R[],
  limit: number,
  totalCount: number,
  at: (row: R) => Date,
  toDto: (row: R) => T,
  idOf: (row: R) => string = (row) => (row as { id: string }).id,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toDto),
    totalCount,
    hasNextPage: rows.length > limit,
    endCursor: last ? encodeHistoryCursor(at(last), idOf(last)) : null,
  };
}
