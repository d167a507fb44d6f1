import type { GraphQLFormattedError } from 'graphql';
import { PublicErrorCode } from '../common/graphql-errors';
import type { ApolloPlugin } from './apollo-plugin';

/** Seconds a client is asked to wait before retrying a request a service was unavailable for. */
const RETRY_AFTER_SECONDS = 2;

/**
 * Answers HTTP 503 with `Retry-After` when the whole request failed because a service was unavailable
 * (no data at all, every error UNAVAILABLE), so HTTP clients and proxies see a retriable failure.
 * A request that returned some data keeps 200: its errors say which fields are missing.
 */
export function unavailableStatus(): ApolloPlugin {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response }) => {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (data != null || !errors?.length || !errors.every(isUnavailable)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    }),
  };
}

function isUnavailable(error: GraphQLFormattedError): boolean {
  return error.extensions?.code === PublicErrorCode.UNAVAILABLE;
}
