import { Injectable } from '@nestjs/common';
import { ActorType, platformRpc } from '@groundwork/contracts';
import { RpcClient } from '@groundwork/service-kit/client';
import { unauthenticated } from '../common/graphql-errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { AccessTokens } from './access-tokens';
import type { Principal } from './principal';
import { Role } from './role';

/** API tokens start with this; anything else after `Bearer` is taken for an access JWT. */
const API_TOKEN_PREFIX = 'gwk_';
const BEARER = /^Bearer ([^\s]+)$/i;

/** Turns the `Authorization` header into a principal, once per request. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly rpc: RpcClient,
  ) {}

  authenticate(context: GraphQLContext): Promise<Principal> {
    const { auth } = context;
    auth.authentication ??= this.resolve(context).then((principal) => (auth.principal = principal));
    return auth.authentication;
  }

  private async resolve(context: GraphQLContext): Promise<Principal> {
    const token = BEARER.exec(context.authorization ?? '')?.[1];
    if (!token)
      throw unauthenticated('sign in, or send an access or API token as "Authorization: Bearer <token>"');
    return token.startsWith(API_TOKEN_PREFIX)
      ? this.apiToken(token, context.correlationId)
      : this.accessTokens.verify(token);
  }

  /** READ tokens act as viewers; WRITE tokens may also write people, like organizers. Tokens never manage users or tokens. */
  private async apiToken(token: string, correlationId: string): Promise<Principal> {
    const request = { token };
    if (!platformRpc['membership.auth.authenticate-api-token'].request.safeParse(request).success) {
      throw unauthenticated('the API token is invalid or has been revoked');
    }
    const authenticated = await this.rpc.request('membership.auth.authenticate-api-token', request, {
      context: { tenantId: null, actor: null, correlationId },
    });
    return {
      tenantId: authenticated.tenantId,
      actor: { id: authenticated.apiTokenId, type: ActorType.API_TOKEN },
      role: authenticated.scopes.includes('WRITE') ? Role.ORGANIZER : Role.VIEWER,
      scopes: authenticated.scopes,
    };
  }
}
