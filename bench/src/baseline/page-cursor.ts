import { GraphQLError } from 'graphql';
import { isUuid } from './auth';
import type { Person } from './models';

export { MAX_PAGE_SIZE } from '@groundwork/contracts';

/** Cursors and input errors of every baseline; cursors differ from the gateway's by design. */
export function encodeCursor(person: Pick<Person, 'createdAt' | 'id'>): string {
  return Buffer.from(JSON.stringify([person.createdAt.toISOString(), person.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const at = new Date(createdAt);
    if (!Number.isNaN(at.getTime()) && isUuid(id)) return { createdAt: at, id };
  } catch {
    // falls through to the input error
  }
  throw badUserInput('after', 'is not a valid cursor');
}

export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field} ${message}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}
