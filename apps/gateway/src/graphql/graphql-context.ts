import type { RequestContext } from '@groundwork/service-kit/client';
import type { Principal } from '../auth/principal';
import type { PersonLoader } from '../people/people.loaders';
import type { UserLoader } from '../users/users.loaders';

export interface Loaders {
  person: PersonLoader;
  user: UserLoader;
}

/** Per-request GraphQL context, built by `GraphQLContextFactory`. */
export interface GraphQLContext {
  correlationId: string;
  /** The client's address, for per-address limits. */
  clientAddress: string;
  authorization: string | undefined;
  /** The `Idempotency-Key` header of a mutation (cleared for queries by the `idempotencyKey` plugin). */
  idempotencyKey?: string;
  /**
   * Filled by the guard. A separate object because Nest and Apollo hand resolvers shallow copies of
   * the context: every copy, and the loaders created with the original, must see the same caller.
   */
  auth: {
    /** Authentication in progress or done; shared by every guarded field of the request. */
    authentication?: Promise<Principal>;
    /** The authenticated caller; absent in public operations. */
    principal?: Principal;
  };
  loaders: Loaders;
}

/** The context every service call carries: the caller's coalition and identity, or none before sign-in. */
export function callContext(context: GraphQLContext): RequestContext {
  const principal = context.auth.principal;
  return principal
    ? { tenantId: principal.tenantId, actor: principal.actor, correlationId: context.correlationId }
    : { tenantId: null, actor: null, correlationId: context.correlationId };
}

/** The authenticated caller; guarded handlers always have one, so its absence is a bug and fails closed. */
export function requirePrincipal(context: GraphQLContext): Principal {
  if (!context.auth.principal) throw new Error('no authenticated principal in a guarded handler');
  return context.auth.principal;
}
