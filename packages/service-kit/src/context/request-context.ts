import type { Actor } from '@groundwork/contracts';

/**
 * Work that runs without a tenant is one of these named, reviewed reasons. Each maps to a row-level
 * security policy that admits exactly the tables that reason needs (see migrations).
 */
export const SystemReason = {
  SIGN_UP: 'sign-up',
  LOGIN: 'login',
  AUTHENTICATE_API_TOKEN: 'authenticate-api-token',
  /** Accepting an invitation may find or create a platform user by the invited email. */
  ACCEPT_INVITATION: 'accept-invitation',
  OUTBOX_RELAY: 'outbox-relay',
  /** Finding the unfinished import jobs of every coalition after a restart (read only). */
  IMPORT_RUNNER: 'import-runner',
} as const;
export type SystemReason = (typeof SystemReason)[keyof typeof SystemReason];

export interface RequestContext {
  tenantId: string | null;
  actor: Actor | null;
  correlationId: string;
  systemReason?: SystemReason;
  /** Set on the calls a mutation makes with an `Idempotency-Key`: the service runs such a write once. */
  idempotencyKey?: string;
}

/** A function returning the request context in progress, if any; provided by `ContextModule`. */
export const CURRENT_REQUEST_CONTEXT = Symbol('CURRENT_REQUEST_CONTEXT');
export type CurrentRequestContext = () => RequestContext | undefined;
