import { decodeKeysetCursor, encodeKeysetCursor, type KeysetPosition } from '@groundwork/service-kit';

/** Position in a newest-first list ordered by `(time, id)` descending. */
export type TimeCursor = KeysetPosition;

/** Opaque to clients: base64url of the last row's sort key. */
export const encodeTimeCursor = (cursor: TimeCursor): string => encodeKeysetCursor(cursor);

export const decodeTimeCursor = (cursor: string): TimeCursor => decodeKeysetCursor(cursor);
