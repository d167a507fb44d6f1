import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ActorType, ErrorCode, platformRpc } from '@groundwork/contracts';
import { RpcClient, RpcError } from '@groundwork/service-kit/client';
import { unauthenticated } from '../common/graphql-errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { AccessTokens } from './access-tokens';
import { AuthorizationCache } from './authorization-cache';
import type { Principal } from './principal';
import { Role } from './role';

/** API tokens start with this; anything else after `Bearer` is taken for an access JWT. */
const API_TOKEN_PREFIX = 'gwk_';
const BEARER = /^Bearer ([^\s]+)$/i;

/**
 * Turns the `Authorization` header into a principal, once per request. What the caller may do comes
 * from membership as it is now (the user's session live, their current role; the API token not
 * revoked), remembered in `AuthorizationCache` until an account event says otherwise, never from the
 * role an access token was issued with.
 */
@Injectable()
export class Authenticator {
  /**
   * Session look-ups in flight, so the requests that arrive together when a session's cache entry
   * has lapsed wait for one answer from membership instead of asking once each. A request joins a
   * look-up only if no invalidation arrived since it began (the cache's generation), so none is
   * answered from before a logout or role change it came after.
   */
  private readonly sessionLookups = new Map<string, { generation: number; role: Promise<Role> }>();

  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly rpc: RpcClient,
    private readonly cache: AuthorizationCache,
  ) {}

  authenticate(context: GraphQLContext): Promise<Principal> {
    const { auth } = context;
    auth.authentication ??= this.resolve(context.authorization, context.correlationId).then(
      (principal) => (auth.principal = principal),
    );
    return auth.authentication;
  }

  /** The principal of an `Authorization` header; UNAUTHENTICATED when there is none or it is not valid now. */
  async resolve(authorization: string | undefined, correlationId: string): Promise<Principal> {
    const token = BEARER.exec(authorization ?? '')?.[1];
    if (!token)
      throw unauthenticated('sign in, or send an access or API token as "Authorization: Bearer <token>"');
    return token.startsWith(API_TOKEN_PREFIX)
      ? this.apiToken(token, correlationId)
      : this.user(await this.accessTokens.verify(token), correlationId);
  }

  private async user(signed: Principal, correlationId: string): Promise<Principal> {
    const { tenantId, actor, sessionId } = signed;
    if (!sessionId) throw unauthenticated('the access token is invalid or has expired');
    const cached = this.cache.sessionRole(sessionId, tenantId, actor.id);
    if (cached) return { ...signed, role: cached };
    const key = `${sessionId}:${tenantId}:${actor.id}`;
    const generation = this.cache.begin();
    let lookup = this.sessionLookups.get(key);
    if (lookup?.generation !== generation) {
      const role = this.rpc
        .request('membership.auth.session', { sessionId }, { context: { tenantId, actor, correlationId } })
        .then((answer) => {
          this.cache.rememberSession(generation, sessionId, {
            tenantId,
            userId: actor.id,
            role: answer.role,
          });
          return answer.role;
        }, refusedAsUnauthenticated)
        .finally(() => {
          if (this.sessionLookups.get(key)?.role === role) this.sessionLookups.delete(key);
        });
      lookup = { generation, role };
      this.sessionLookups.set(key, lookup);
    }
    return { ...signed, role: await lookup.role };
  }

  /** READ tokens act as viewers; WRITE tokens may also write people, like organizers. Tokens never manage users or tokens. */
  private async apiToken(token: string, correlationId: string): Promise<Principal> {
    const request = { token };
    if (!platformRpc['membership.auth.authenticate-api-token'].request.safeParse(request).success) {
      throw unauthenticated('the API token is invalid or has been revoked');
    }
    const key = createHash('sha256').update(token).digest('base64url');
    const cached = this.cache.apiTokenPrincipal(key);
    if (cached) return cached;
    const generation = this.cache.begin();
    const authenticated = await this.rpc
      .request('membership.auth.authenticate-api-token', request, {
        context: { tenantId: null, actor: null, correlationId },
      })
      .catch(refusedAsUnauthenticated);
    const principal: Principal = {
      tenantId: authenticated.tenantId,
      actor: { id: authenticated.apiTokenId, type: ActorType.API_TOKEN },
      role: authenticated.scopes.includes('WRITE') ? Role.ORGANIZER : Role.VIEWER,
      scopes: authenticated.scopes,
    };
    this.cache.rememberApiToken(generation, key, principal);
    return principal;
  }
}

/** Membership's refusal becomes the same UNAUTHENTICATED for GraphQL and plain HTTP callers alike. */
function refusedAsUnauthenticated(error: unknown): never {
  if (error instanceof RpcError && error.code === ErrorCode.UNAUTHENTICATED)
    throw unauthenticated(error.message);
  throw error;
}
