import { PagingErrors } from '@groundwork/service-kit';

/**
 * Members are listed by (joined_at, user_id). The cursor carries joined_at as Postgres prints it, so
 * its microseconds survive the round trip (a JavaScript Date would keep only milliseconds).
 */
export interface MemberCursor {
  joinedAt: string;
  userId: string;
}

const JOINED_AT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeMemberCursor(cursor: MemberCursor): string {
  return Buffer.from(JSON.stringify([cursor.joinedAt, cursor.userId])).toString('base64url');
}

export function decodeMemberCursor(after: string): MemberCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw PagingErrors.invalidCursor();
  }
  if (!Array.isArray(value) || value.length !== 2) throw PagingErrors.invalidCursor();
  const [joinedAt, userId] = value as unknown[];
  if (
    typeof joinedAt !== 'string' ||
    !JOINED_AT.test(joinedAt) ||
    typeof userId !== 'string' ||
    !UUID.test(userId)
  ) {
    throw PagingErrors.invalidCursor();
  }
  return { joinedAt, userId };
}
