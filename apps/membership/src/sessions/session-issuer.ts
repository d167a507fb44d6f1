import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AuthResultDto } from '@groundwork/contracts';
import { issueTenantBoundToken } from '../tokens/secret-token';
import { SessionRepository } from './session.repository';

/** A refresh token lives 30 days; each refresh replaces it with a new one that lives 30 days more. */
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Issues refresh tokens inside the caller's unit of work, which must be scoped to `tenantId`. */
@Injectable()
export class SessionIssuer {
  constructor(private readonly sessions: SessionRepository) {}

  /** Starts a new session (a new token family). */
  start(tenantId: string, userId: string): Promise<AuthResultDto['session']> {
    return this.issue(tenantId, userId, randomUUID());
  }

  /** The next token of an existing session. */
  async issue(tenantId: string, userId: string, familyId: string): Promise<AuthResultDto['session']> {
    const { token, tokenHash } = issueTenantBoundToken('gwr', tenantId);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_MS);
    await this.sessions.insert({
      tenantId,
      id: randomUUID(),
      familyId,
      userId,
      tokenHash,
      createdAt: now,
      expiresAt,
      rotatedAt: null,
      revokedAt: null,
    });
    return { id: familyId, refreshToken: token, expiresAt: expiresAt.toISOString() };
  }
}
