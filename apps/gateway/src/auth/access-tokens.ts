import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ActorType, Role as RoleSchema } from '@groundwork/contracts';
import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';
import { unauthenticated } from '../common/graphql-errors';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import type { Principal } from './principal';
import type { Role } from './role';

export const ACCESS_TOKEN_ISSUER = 'groundwork-gateway';
export const ACCESS_TOKEN_AUDIENCE = 'groundwork-api';
const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ALGORITHM = 'HS256';

const claimsSchema = z.object({
  sub: z.uuid(),
  tid: z.uuid(),
  role: RoleSchema,
  sid: z.uuid(),
});

export interface AccessTokenSubject {
  userId: string;
  tenantId: string;
  role: Role;
  sessionId: string;
}

/** Short-lived access JWTs (HS256) for signed-in users; refresh tokens belong to membership. */
@Injectable()
export class AccessTokens {
  private readonly key: KeyObject;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    // A KeyObject made once: given raw bytes, jose would import the key again on every verify.
    this.key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
  }

  async issue(subject: AccessTokenSubject): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(Date.now() / 1000);
    const expiresAt = issuedAt + ACCESS_TOKEN_TTL_SECONDS;
    const token = await new SignJWT({ tid: subject.tenantId, role: subject.role, sid: subject.sessionId })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(subject.userId)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The principal a valid token stands for; UNAUTHENTICATED for anything expired, forged or malformed. */
  async verify(token: string): Promise<Principal> {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        requiredClaims: ['exp', 'iat'],
      }));
    } catch {
      throw unauthenticated('the access token is invalid or has expired');
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw unauthenticated('the access token is invalid or has expired');
    return {
      tenantId: claims.data.tid,
      actor: { id: claims.data.sub, type: ActorType.USER },
      role: claims.data.role,
      scopes: ['READ', 'WRITE'],
      sessionId: claims.data.sid,
    };
  }
}
