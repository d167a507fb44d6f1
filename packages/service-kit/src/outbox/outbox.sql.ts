import { SystemReason } from '../context/request-context';
import { tenantTableRls } from '../database/rls';

/**
 * The outbox table and its notify trigger, for a service's first migration. Rows are written in the
 * same transaction as the state change; the relay reads them across tenants through the one
 * `outbox-relay` system policy. `position` keeps publish order.
 */
export function outboxTableSql(schema: string): string[] {
  const table = `${schema}.outbox`;
  return [
    `CREATE TABLE ${table} (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      position bigint GENERATED ALWAYS AS IDENTITY,
      subject text NOT NULL,
      envelope jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      PRIMARY KEY (tenant_id, id)
    )`,
    `CREATE INDEX outbox_unsent ON ${table} (position) WHERE sent_at IS NULL`,
    `CREATE INDEX outbox_sent_at ON ${table} (sent_at) WHERE sent_at IS NOT NULL`,
    ...tenantTableRls(table, [SystemReason.OUTBOX_RELAY]),
    `CREATE FUNCTION ${schema}.notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('${outboxChannel(schema)}', ''); RETURN NULL; END $$`,
    `CREATE TRIGGER outbox_notify AFTER INSERT ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.notify_outbox()`,
  ];
}

export const outboxChannel = (schema: string) => `${schema}_outbox`;

/** Event ids a consumer has applied, written in the same transaction as the effect. */
export function processedEventsTableSql(schema: string): string[] {
  const table = `${schema}.processed_events`;
  return [
    `CREATE TABLE ${table} (
      tenant_id uuid NOT NULL,
      consumer text NOT NULL,
      event_id uuid NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, consumer, event_id)
    )`,
    ...tenantTableRls(table),
  ];
}
