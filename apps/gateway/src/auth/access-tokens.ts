import { createHash, createSecretKey, type KeyObject } from 'node:crypto';
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
/** Verified tokens remembered at most this many; beyond it the oldest go first and are verified again. */
const MAX_VERIFIED = 10_000;

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
  /**
   * Tokens already verified, by digest, until they expire: a client sends the same token with every
   * request for up to 15 minutes, and verifying it again (jose's HMAC goes through WebCrypto, a
   * thread-pool round trip) cost more per request than the rest of authentication. Only the exact
   * bytes that verified can hit, so a forged or altered token is always verified (and refused). What
   * the user may do now is still checked per request (the session and role, `AuthorizationCache`).
   */
  private readonly verified = new Map<string, { principal: Principal; expiresAt: number }>();

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
    const digest = createHash('sha256').update(token).digest('base64url');
    const known = this.verified.get(digest);
    if (known && known.expiresAt > Date.now()) return known.principal;
    if (known) this.verified.delete(digest);
    const verified = await this.verifySignature(token);
    if (this.verified.size >= MAX_VERIFIED) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(digest, verified);
    return verified.principal;
  }

  /** Frozen, since every request with the token shares it. */
  private async verifySignature(token: string): Promise<{ principal: Principal; expiresAt: number }> {
    let payload: { exp?: number };
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
    const principal: Principal = {
      tenantId: claims.data.tid,
      actor: Object.freeze({ id: claims.data.sub, type: ActorType.USER }),
      role: claims.data.role,
      scopes: Object.freeze(['READ', 'WRITE']) as Principal['scopes'],
      sessionId: claims.data.sid,
    };
    // jwtVerify required `exp`.
    return { principal: Object.freeze(principal), expiresAt: payload.exp! * 1000 };
  }
}
