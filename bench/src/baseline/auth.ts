import { createSecretKey, type KeyObject } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { jwtVerify } from 'jose';

/** The gateway's access-token rules (apps/gateway/src/auth/access-tokens.ts): HS256, issuer, audience, exp and iat. */
const ISSUER = 'groundwork-gateway';
const AUDIENCE = 'groundwork-api';
const BEARER = /^Bearer ([^\s]+)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface BaselineContext {
  authorization: string | undefined;
  caller?: Promise<Caller>;
}

/** The coalition and the user an access token speaks for. */
export interface Caller {
  tenantId: string;
  actorId: string;
}

export class AccessTokenVerifier {
  private readonly key: KeyObject;

  constructor(secret: string) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  /** The tenant of the request's bearer JWT, verified once per request. */
  async tenantOf(context: BaselineContext): Promise<string> {
    return (await this.callerOf(context)).tenantId;
  }

  /** The caller of the request's bearer JWT, verified once per request. */
  callerOf(context: BaselineContext): Promise<Caller> {
    context.caller ??= this.verify(context.authorization);
    return context.caller;
  }

  private async verify(authorization: string | undefined): Promise<Caller> {
    const token = BEARER.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated();
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['exp', 'iat'],
      });
      if (typeof payload.tid !== 'string' || !UUID.test(payload.tid) || !payload.sub) throw unauthenticated();
      return { tenantId: payload.tid, actorId: payload.sub };
    } catch {
      throw unauthenticated();
    }
  }
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function unauthenticated(): GraphQLError {
  return new GraphQLError('the access token is invalid or has expired', {
    extensions: { code: 'UNAUTHENTICATED' },
  });
}
