import { useState } from 'react';

export interface CursorPaging {
  /** The cursor to pass as `after` for the current page (undefined on the first page). */
  after: string | undefined;
  /** Zero-based index of the current page. */
  pageIndex: number;
  goToNextPage: (endCursor: string) => void;
  goToPreviousPage: () => void;
  goToFirstPage: () => void;
}

/** Forward-only Relay cursors, remembered so "Previous" can go back. */
export function useCursorPaging(): CursorPaging {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    after: cursors.at(-1),
    pageIndex: cursors.length,
    goToNextPage: (endCursor) => setCursors((previous) => [...previous, endCursor]),
    goToPreviousPage: () => setCursors((previous) => previous.slice(0, -1)),
    goToFirstPage: () => setCursors([]),
  };
}
