import { RUNTIME_ROLE, tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent per person and channel.
 *
 * - `consent_records` is the append-only history: the runtime role may insert and read, never
 *   update or delete. `seq` orders records written in the same millisecond.
 * - `person_consents` is the current consent (the latest record per person and channel), kept by
 *   a statement trigger on `consent_records`, so any writer (the consent use case, a bulk import's
 *   `INSERT … SELECT`) keeps it right in the same statement. The runtime role may only read it; the
 *   trigger function runs as its owner. Lists filter through it (see ConsentFilter) with one
 *   equality probe per person instead of a "latest record" subquery.
 * - Merge and erasure have to move or remove history, which the runtime role cannot do directly:
 *   they call `reassign_consent_records(from, to)` and `erase_consent_records(person)`, which act
 *   inside the current tenant only (row-level security still applies to their owner).
 */
export class Consent1700000000301 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS membership.person_consents`);
    await queryRunner.query(`DROP TABLE IF EXISTS membership.consent_records`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS membership.refresh_person_consents()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS membership.reassign_consent_records(uuid, uuid)`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS membership.erase_consent_records(uuid)`);
  }
}

const CHANNELS = `('EMAIL', 'SMS', 'PHONE', 'MAIL')`;

function upStatements(): string[] {
  return [
    `CREATE TABLE membership.consent_records (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      person_id uuid NOT NULL,
      channel text NOT NULL CHECK (channel IN ${CHANNELS}),
      status text NOT NULL CHECK (status IN ('GRANTED', 'WITHDRAWN')),
      source text NOT NULL CHECK (char_length(source) BETWEEN 1 AND 200),
      wording text NOT NULL DEFAULT '' CHECK (char_length(wording) <= 5000),
      recorded_at timestamptz(3) NOT NULL,
      recorded_by uuid,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id)
    )`,
    `CREATE INDEX consent_records_person ON membership.consent_records (tenant_id, person_id, channel, recorded_at DESC, seq DESC)`,
    ...tenantTableRls('membership.consent_records'),
    `REVOKE UPDATE, DELETE, TRUNCATE ON membership.consent_records FROM ${RUNTIME_ROLE}`,

    `CREATE TABLE membership.person_consents (
      tenant_id uuid NOT NULL,
      person_id uuid NOT NULL,
      channel text NOT NULL CHECK (channel IN ${CHANNELS}),
      status text NOT NULL CHECK (status IN ('GRANTED', 'WITHDRAWN')),
      record_id uuid NOT NULL,
      recorded_at timestamptz(3) NOT NULL,
      seq bigint NOT NULL,
      PRIMARY KEY (tenant_id, person_id, channel)
    )`,
    `CREATE INDEX person_consents_channel ON membership.person_consents (tenant_id, channel, status, person_id)`,
    ...tenantTableRls('membership.person_consents'),
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON membership.person_consents FROM ${RUNTIME_ROLE}`,

    `CREATE FUNCTION membership.refresh_person_consents() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        INSERT INTO membership.person_consents AS current (tenant_id, person_id, channel, status, record_id, recorded_at, seq)
        SELECT DISTINCT ON (tenant_id, person_id, channel) tenant_id, person_id, channel, status, id, recorded_at, seq
          FROM inserted
         ORDER BY tenant_id, person_id, channel, recorded_at DESC, seq DESC
        ON CONFLICT (tenant_id, person_id, channel) DO UPDATE
          SET status = excluded.status, record_id = excluded.record_id, recorded_at = excluded.recorded_at, seq = excluded.seq
          WHERE (excluded.recorded_at, excluded.seq) > (current.recorded_at, current.seq);
        RETURN NULL;
      END $$`,
    `CREATE TRIGGER consent_records_current AFTER INSERT ON membership.consent_records
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION membership.refresh_person_consents()`,

    `CREATE FUNCTION membership.reassign_consent_records(from_person uuid, to_person uuid) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        UPDATE membership.consent_records SET person_id = to_person WHERE person_id = from_person;
        DELETE FROM membership.person_consents WHERE person_id IN (from_person, to_person);
        INSERT INTO membership.person_consents (tenant_id, person_id, channel, status, record_id, recorded_at, seq)
        SELECT DISTINCT ON (tenant_id, person_id, channel) tenant_id, person_id, channel, status, id, recorded_at, seq
          FROM membership.consent_records
         WHERE person_id = to_person
         ORDER BY tenant_id, person_id, channel, recorded_at DESC, seq DESC;
      END $$`,
    `CREATE FUNCTION membership.erase_consent_records(person uuid) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        DELETE FROM membership.person_consents WHERE person_id = person;
        DELETE FROM membership.consent_records WHERE person_id = person;
      END $$`,
    `REVOKE ALL ON FUNCTION membership.refresh_person_consents() FROM PUBLIC`,
    `REVOKE ALL ON FUNCTION membership.reassign_consent_records(uuid, uuid) FROM PUBLIC`,
    `REVOKE ALL ON FUNCTION membership.erase_consent_records(uuid) FROM PUBLIC`,
    `GRANT EXECUTE ON FUNCTION membership.reassign_consent_records(uuid, uuid) TO ${RUNTIME_ROLE}`,
    `GRANT EXECUTE ON FUNCTION membership.erase_consent_records(uuid) TO ${RUNTIME_ROLE}`,
  ];
}
