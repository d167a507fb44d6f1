import { decodeKeysetCursor, encodeKeysetCursor } from '@groundwork/service-kit';
import type { PersonEntity } from './person.entity';

/** Position in the people list, which is ordered newest first: `(createdAt, id)` descending. */
export interface PersonCursor {
  createdAt: Date;
  id: string;
}

/** Opaque to clients: base64url of the last row's sort key. */
export function encodePersonCursor(person: Pick<PersonEntity, 'createdAt' | 'id'>): string {
  return encodeKeysetCursor({ at: person.createdAt, id: person.id });
}

/** BAD_USER_INPUT on `after` when the cursor is not one of ours. */
export function decodePersonCursor(cursor: string): PersonCursor {
  const { at, id } = decodeKeysetCursor(cursor);
  return { createdAt: at, id };
}
