/** NATS headers every message carries; the receiving service restores its context from them. */
export const Header = {
  TENANT_ID: 'x-tenant-id',
  ACTOR_ID: 'x-actor-id',
  ACTOR_TYPE: 'x-actor-type',
  CORRELATION_ID: 'x-correlation-id',
  /** A client's `Idempotency-Key`, forwarded by the gateway on the service calls of a mutation. */
  IDEMPOTENCY_KEY: 'x-idempotency-key',
} as const;

export const ActorType = { USER: 'user', API_TOKEN: 'api-token', SYSTEM: 'system' } as const;
export type ActorType = (typeof ActorType)[keyof typeof ActorType];

export interface Actor {
  id: string;
  type: ActorType;
}
