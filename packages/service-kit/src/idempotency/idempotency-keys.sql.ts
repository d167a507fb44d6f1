import { serviceRole, tenantTableRls } from '../database/rls';

/** How long a key's first result is kept and returned again. */
export const IDEMPOTENCY_WINDOW = '24 hours';

/**
 * The migration statements of a service's `idempotency_keys` table: the first reply of each write sent
 * with an `Idempotency-Key`, per tenant, actor, key and subject, written in the transaction of the
 * write itself (see `IdempotentReplies`).
 */
export function idempotencyKeysTable(schema: string, service: string): string[] {
  const table = `${schema}.idempotency_keys`;
  return [
    `CREATE TABLE ${table} (
      tenant_id uuid NOT NULL,
      actor_id text NOT NULL,
      key text COLLATE "C" NOT NULL,
      subject text COLLATE "C" NOT NULL,
      request_hash text NOT NULL,
      reply jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, actor_id, key, subject)
    )`,
    `CREATE INDEX idempotency_keys_expiry ON ${table} (tenant_id, actor_id, created_at)`,
    ...tenantTableRls(table),
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${serviceRole(service)}`,
  ];
}
