import { z } from 'zod';
import { PagingErrors } from './paging.errors';

/**
 * Opaque list cursors: base64url of the JSON array of the last row's sort key. A cursor that does not
 * decode to the list's key schema is BAD_USER_INPUT on `after`.
 */
export function encodeCursor(key: ReadonlyArray<string | number | boolean | null>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(cursor: string, schema: T): z.output<T> {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw PagingErrors.invalidCursor();
  return parsed.data;
}

/** Where a page ends in a list ordered by `(timestamp, id)`, the most common key. */
export interface KeysetPosition {
  at: Date;
  id: string;
}

const TimeKey = z.tuple([z.iso.datetime(), z.uuid()]);

export function encodeKeysetCursor(position: KeysetPosition): string {
  return encodeCursor([position.at.toISOString(), position.id]);
}

export function decodeKeysetCursor(cursor: string): KeysetPosition {
  const [at, id] = decodeCursor(cursor, TimeKey);
  return { at: new Date(at), id };
}
