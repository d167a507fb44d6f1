import { tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: who changed what in membership, and when. Every change in membership writes its
 * event to the outbox in the same transaction, so a trigger on the outbox copies each event here as
 * it is written: nothing can change without an entry, and no use case has to remember to write one.
 * Events carry ids and facts, never personal data, so neither does the log. The runtime role may
 * only read and append; entries outlive the outbox, which forgets sent events after some days.
 */
export class AuditLog1700000000600 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS outbox_audit ON membership.outbox`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS membership.audit_outbox_events()`);
    await queryRunner.query(`DROP TABLE IF EXISTS membership.audit_log`);
  }
}

function upStatements(): string[] {
  return [
    `CREATE TABLE membership.audit_log (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      action text COLLATE "C" NOT NULL,
      occurred_at timestamptz(3) NOT NULL,
      actor_type text CHECK (actor_type IN ('USER', 'API_TOKEN', 'SYSTEM')),
      actor_id text,
      person_id uuid,
      correlation_id text NOT NULL,
      details jsonb NOT NULL,
      PRIMARY KEY (tenant_id, id)
    )`,
    `CREATE INDEX audit_log_recent ON membership.audit_log (tenant_id, occurred_at DESC, id DESC)`,
    `CREATE INDEX audit_log_person ON membership.audit_log (tenant_id, person_id, occurred_at DESC, id DESC)
      WHERE person_id IS NOT NULL`,
    `CREATE INDEX audit_log_actor ON membership.audit_log (tenant_id, actor_id, occurred_at DESC, id DESC)
      WHERE actor_id IS NOT NULL`,
    ...tenantTableRls('membership.audit_log'),
    `REVOKE UPDATE, DELETE, TRUNCATE ON membership.audit_log FROM groundwork_app`,

    // One statement-level trigger: a bulk operation that writes many events costs one INSERT … SELECT.
    `CREATE FUNCTION membership.audit_outbox_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO membership.audit_log
          (tenant_id, id, action, occurred_at, actor_type, actor_id, person_id, correlation_id, details)
        SELECT written.tenant_id,
               written.id,
               written.envelope->>'type',
               (written.envelope->>'occurredAt')::timestamptz,
               CASE written.envelope->'actor'->>'type'
                 WHEN 'user' THEN 'USER' WHEN 'api-token' THEN 'API_TOKEN' WHEN 'system' THEN 'SYSTEM' END,
               written.envelope->'actor'->>'id',
               CASE WHEN (written.envelope->'data'->>'personId') ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                    THEN (written.envelope->'data'->>'personId')::uuid END,
               written.envelope->>'correlationId',
               coalesce(written.envelope->'data', '{}'::jsonb)
          FROM written;
        RETURN NULL;
      END $$`,
    `CREATE TRIGGER outbox_audit AFTER INSERT ON membership.outbox
      REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION membership.audit_outbox_events()`,
  ];
}
