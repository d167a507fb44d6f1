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
  tenantId?: Promise<string>;
}

export class AccessTokenVerifier {
  private readonly key: KeyObject;

  constructor(secret: string) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  /** The tenant of the request's bearer JWT, verified once per request. */
  tenantOf(context: BaselineContext): Promise<string> {
    context.tenantId ??= this.verify(context.authorization);
    return context.tenantId;
  }

  private async verify(authorization: string | undefined): Promise<string> {
    const token = BEARER.exec(authorization ?? '')?.[1];
    if (!token) throw unauthenticated();
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['exp', 'iat'],
      });
      if (typeof payload.tid !== 'string' || !UUID.test(payload.tid)) throw unauthenticated();
      return payload.tid;
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
