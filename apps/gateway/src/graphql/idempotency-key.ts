import { GraphQLError, OperationTypeNode } from 'graphql';
import { PublicErrorCode } from '../common/graphql-errors';
import type { ApolloPlugin } from './apollo-plugin';
import type { GraphQLContext } from './graphql-context';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** Visible ASCII, as a UUID or any client-chosen token would be; long enough for a hash. */
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * An `Idempotency-Key` header applies to mutations only: the key is checked and kept in the context
 * for the services' calls of a mutation (`ServiceRpc`), which run each write once per tenant, actor,
 * key and subject for 24 hours. On a query it is ignored, since reads change nothing.
 */
export function idempotencyKey(): ApolloPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation, contextValue }) => {
        const context = contextValue as GraphQLContext;
        if (context.idempotencyKey === undefined) return;
        if (operation?.operation !== OperationTypeNode.MUTATION) {
          context.idempotencyKey = undefined;
          return;
        }
        if (!VALID_KEY.test(context.idempotencyKey)) {
          const field = 'Idempotency-Key';
          const message = `${field} must be 1 to 255 visible ASCII characters, e.g. a UUID`;
          throw new GraphQLError(message, {
            extensions: {
              code: PublicErrorCode.BAD_USER_INPUT,
              field,
              issues: [{ field, message }],
              http: { status: 400 },
            },
          });
        }
      },
    }),
  };
}
