import { Injectable } from '@nestjs/common';
import type { Principal } from './principal';
import type { Role } from './role';

/**
 * How long an answer from membership is trusted without an event. Events invalidate entries within
 * milliseconds; this bounds how stale one can get if an event is lost (the subscription also clears
 * everything when the NATS connection drops). An API token's use is recorded once a minute, on the
 * look-up that refills its entry.
 */
export const AUTHORIZATION_TTL_MS = 60_000;
/** Beyond this many entries the oldest go first; a look-up then simply asks membership again. */
const MAX_ENTRIES = 50_000;

interface SessionEntry {
  tenantId: string;
  userId: string;
  role: Role;
  expiresAt: number;
}

interface ApiTokenEntry {
  principal: Principal;
  expiresAt: number;
}

/**
 * The gateway's memory of who may do what now: a signed-in user's live session and current role, and
 * an API token's principal. Filled from membership on a miss, emptied by account events
 * (`AccountEventsSubscriber`), so a hit costs one Map look-up and no NATS request.
 *
 * An answer fetched while an invalidation arrived may be stale: `generation` counts invalidations, and
 * an answer is kept only if none happened since its look-up began.
 */
@Injectable()
export class AuthorizationCache {
  private readonly sessions = new Map<string, SessionEntry>();
  private readonly apiTokens = new Map<string, ApiTokenEntry>();
  private generation = 0;

  /** Call before asking membership; pass the result to `remember…`. */
  begin(): number {
    return this.generation;
  }

  sessionRole(sessionId: string, tenantId: string, userId: string, now = Date.now()): Role | undefined {
    const entry = this.sessions.get(sessionId);
    if (!entry) return undefined;
    if (entry.expiresAt <= now || entry.tenantId !== tenantId || entry.userId !== userId) {
      this.sessions.delete(sessionId);
      return undefined;
    }
    return entry.role;
  }

  rememberSession(generation: number, sessionId: string, entry: Omit<SessionEntry, 'expiresAt'>): void {
    if (generation !== this.generation) return;
    bounded(this.sessions).set(sessionId, { ...entry, expiresAt: Date.now() + AUTHORIZATION_TTL_MS });
  }

  /** `tokenKey` is a digest of the token, never the token itself. */
  apiTokenPrincipal(tokenKey: string, now = Date.now()): Principal | undefined {
    const entry = this.apiTokens.get(tokenKey);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.apiTokens.delete(tokenKey);
      return undefined;
    }
    return entry.principal;
  }

  rememberApiToken(generation: number, tokenKey: string, principal: Principal): void {
    if (generation !== this.generation) return;
    bounded(this.apiTokens).set(tokenKey, { principal, expiresAt: Date.now() + AUTHORIZATION_TTL_MS });
  }

  /** The user's role changed or they left the coalition: every session of theirs there is asked again. */
  forgetUser(tenantId: string, userId: string): void {
    this.generation += 1;
    for (const [sessionId, entry] of this.sessions) {
      if (entry.tenantId === tenantId && entry.userId === userId) this.sessions.delete(sessionId);
    }
  }

  forgetSession(sessionId: string): void {
    this.generation += 1;
    this.sessions.delete(sessionId);
  }

  forgetApiToken(apiTokenId: string): void {
    this.generation += 1;
    for (const [key, entry] of this.apiTokens) {
      if (entry.principal.actor.id === apiTokenId) this.apiTokens.delete(key);
    }
  }

  /** Events may have been missed (the connection dropped): trust nothing remembered. */
  forgetAll(): void {
    this.generation += 1;
    this.sessions.clear();
    this.apiTokens.clear();
  }
}

function bounded<V>(map: Map<string, V>): Map<string, V> {
  if (map.size >= MAX_ENTRIES) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  return map;
}
