import { MAX_PAGE_SIZE, pageRequest, type Page } from '@groundwork/contracts';
import { z } from 'zod';
import type { ConnectionShape } from './connection.model';
import { badUserInput } from './graphql-errors';
import type { PageArgs } from './page.args';

/**
 * Services page with one opaque cursor per page (`endCursor`), while Relay wants one per edge. A
 * gateway cursor is therefore a position: "after the service's cursor `after`, skip `skip` rows".
 * The last edge of a page points at the service's own `endCursor`, so paging forward never skips
 * more than one page; any edge's cursor stays valid as long as the service's cursor does.
 */
interface Position {
  after: string | undefined;
  skip: number;
}

export interface PageSlice extends Position {
  first: number;
}

const MAX_CURSOR_LENGTH = 400;
const positionSchema = z.tuple([z.string().nullable(), z.number().int().min(0).max(MAX_PAGE_SIZE)]);
const firstSchema = pageRequest.first;

function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.after ?? null, position.skip])).toString('base64url');
}

function decodeCursor(cursor: string): Position {
  let decoded: unknown;
  try {
    decoded =
      cursor.length <= MAX_CURSOR_LENGTH
        ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
        : undefined;
  } catch {
    decoded = undefined;
  }
  const position = positionSchema.safeParse(decoded);
  if (!position.success) throw badUserInput([{ field: 'after', message: 'is not a valid cursor' }]);
  return { after: position.data[0] ?? undefined, skip: position.data[1] };
}

/** Validates `first` (1 to 100) and `after`; BAD_USER_INPUT names the argument at fault. */
export function pageSlice(args: PageArgs): PageSlice {
  const first = firstSchema.safeParse(args.first ?? undefined);
  if (!first.success)
    throw badUserInput(first.error.issues.map((issue) => ({ field: 'first', message: issue.message })));
  const position = args.after ? decodeCursor(args.after) : { after: undefined, skip: 0 };
  return { ...position, first: first.data };
}

/** The page to ask the owning service for: enough rows to skip into and fill the slice. */
export function servicePage(slice: PageSlice): { first: number; after?: string } {
  const first = Math.min(MAX_PAGE_SIZE, slice.skip + slice.first);
  return slice.after === undefined ? { first } : { first, after: slice.after };
}

export function toConnection<T>(page: Page<T>, slice: PageSlice): ConnectionShape<T> {
  const lastIndex = page.items.length - 1;
  const edges = page.items.slice(slice.skip, slice.skip + slice.first).map((node, offset) => {
    const index = slice.skip + offset;
    const position =
      index === lastIndex && page.endCursor
        ? { after: page.endCursor, skip: 0 }
        : { after: slice.after, skip: index + 1 };
    return { cursor: encodeCursor(position), node };
  });
  const hasNextPage = page.hasNextPage || slice.skip + edges.length < page.items.length;
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
