import { PagingErrors } from '@groundwork/service-kit';
import { z } from 'zod';

/** Position in a ranked result, ordered by rank descending then person id ascending. */
export interface SearchCursor {
  rank: number;
  id: string;
}

const CursorSchema = z.tuple([z.number().int().min(-1_000_000).max(1_000_000), z.uuid()]);

export function encodeSearchCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify([cursor.rank, cursor.id])).toString('base64url');
}

export function decodeSearchCursor(cursor: string): SearchCursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const parsed = CursorSchema.safeParse(decoded);
  if (!parsed.success) throw PagingErrors.invalidCursor();
  return { rank: parsed.data[0], id: parsed.data[1] };
}
