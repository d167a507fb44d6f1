import { decodeCursor, encodeCursor } from '@groundwork/service-kit';
import { z } from 'zod';

const DuplicateKey = z.tuple([z.number().min(0).max(1), z.uuid()]);

/** Where a page of the review queue ends: the last pair's (score, id). Opaque to clients. */
export function encodeDuplicateCursor(position: { score: number; id: string }): string {
  return encodeCursor([position.score, position.id]);
}

/** BAD_USER_INPUT on `after` when the cursor is not one of ours. */
export function decodeDuplicateCursor(cursor: string): { score: number; id: string } {
  const [score, id] = decodeCursor(cursor, DuplicateKey);
  return { score, id };
}
