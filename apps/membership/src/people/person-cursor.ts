import { z } from 'zod';
import type { PersonEntity } from './person.entity';
import { PersonErrors } from './person.errors';

/** Position in the people list, which is ordered newest first: `(createdAt, id)` descending. */
export interface PersonCursor {
  createdAt: Date;
  id: string;
}

const CursorSchema = z.tuple([z.iso.datetime(), z.uuid()]);

/** Opaque to clients: base64url of the last row's sort key. */
export function encodePersonCursor(person: Pick<PersonEntity, 'createdAt' | 'id'>): string {
  return Buffer.from(JSON.stringify([person.createdAt.toISOString(), person.id])).toString('base64url');
}

export function decodePersonCursor(cursor: string): PersonCursor {
  const parsed = CursorSchema.safeParse(parseJson(Buffer.from(cursor, 'base64url').toString('utf8')));
  if (!parsed.success) throw PersonErrors.invalidCursor();
  const [createdAt, id] = parsed.data;
  return { createdAt: new Date(createdAt), id };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
