import { Client, fetchExchange } from 'urql';
import { RefreshSessionDocument } from '../gql/graphql';
import { describeError, hasErrorCode } from './graphql-errors';
import { GRAPHQL_URL } from './graphql-url';
import { SessionRejectedError, type SessionTokens } from './session-store';

/** Renewal goes around the authenticated client: it must not carry (or try to renew) a stale token. */
const renewalClient = new Client({ url: GRAPHQL_URL, exchanges: [fetchExchange], preferGetMethod: false });

export async function renewTokens(refreshToken: string): Promise<SessionTokens> {
  const result = await renewalClient
    .mutation(RefreshSessionDocument, { input: { refreshToken } }, { requestPolicy: 'network-only' })
    .toPromise();
  if (result.data) return result.data.refreshSession;
  if (!result.error) throw new Error('The gateway answered refreshSession without data or errors');
  if (hasErrorCode(result.error, 'UNAUTHENTICATED') || hasErrorCode(result.error, 'BAD_USER_INPUT')) {
    throw new SessionRejectedError();
  }
  // Unreachable gateway or a transient failure: keep the session and let the request fail.
  throw new Error(describeError(result.error));
}
