import { Client, cacheExchange, fetchExchange } from 'urql';
import { createAuthenticatedFetch } from './auth-fetch';
import { GRAPHQL_URL } from './graphql-url';
import { retryWhenUnavailable } from './retry-unavailable';
import type { SessionStore } from './session-store';

/** One client per session, so nothing cached for one account is shown to the next. */
export function createGraphqlClient(session: SessionStore): Client {
  return new Client({
    url: GRAPHQL_URL,
    exchanges: [cacheExchange, fetchExchange],
    fetch: retryWhenUnavailable(createAuthenticatedFetch(session)),
    // The gateway's CSRF protection expects JSON POSTs.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
}
