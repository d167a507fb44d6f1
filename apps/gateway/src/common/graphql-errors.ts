import type { FieldIssue } from '@groundwork/contracts';
import { GraphQLError } from 'graphql';

/** The only codes a client ever sees in `extensions.code`. */
export const PublicErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A service is down or did not answer in time; the same request may succeed when retried. */
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;
export type PublicErrorCode = (typeof PublicErrorCode)[keyof typeof PublicErrorCode];

const publicCodes = new Set<unknown>(Object.values(PublicErrorCode));

export function isPublicErrorCode(code: unknown): code is PublicErrorCode {
  return publicCodes.has(code);
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: PublicErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: PublicErrorCode.FORBIDDEN } });
}

/** Why a FORBIDDEN was answered, in `extensions.reason`, when it was not the caller's role. */
export const ForbiddenReason = {
  /** An API token without the WRITE scope asked to write. */
  TOKEN_SCOPE: 'TOKEN_SCOPE',
} as const;

export function tokenScopeForbidden(): GraphQLError {
  return new GraphQLError('this API token may only read: writing needs a token with the WRITE scope', {
    extensions: { code: PublicErrorCode.FORBIDDEN, reason: ForbiddenReason.TOKEN_SCOPE },
  });
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`too many attempts; try again in ${retryAfterSeconds} seconds`, {
    extensions: { code: PublicErrorCode.RATE_LIMITED, retryAfterSeconds },
  });
}

/** BAD_USER_INPUT naming the first field at fault, with every issue for forms that show them all. */
export function badUserInput(issues: FieldIssue[]): GraphQLError {
  const first = issues[0];
  const message = first ? `${first.field} ${first.message}` : 'invalid input';
  return new GraphQLError(message, {
    extensions: { code: PublicErrorCode.BAD_USER_INPUT, field: first?.field, issues },
  });
}
