import { RUNTIME_ROLE, tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicates, merges and erasures.
 *
 * - `duplicate_candidates`: the review queue, one row per pair (smaller id first). Reasons are codes,
 *   never the shared values. A DISMISSED pair stays, so a refresh never brings it back; a MERGED one
 *   stays as history. No foreign keys to people: a merge deletes one of the two, and the pair's row
 *   must outlive it.
 * - `person_merges`: who merged whom into whom, when, and which fields came from the merged-away
 *   person. Ids only. `person_merges_merged` answers "where did this id go" (a person is merged away once).
 * - `person_erasures`: what is left of an erased person: the id, when they were created, archived and
 *   erased, and by whom; the people row and everything about them is gone.
 * - `people_postal_code`: duplicate detection blocks similar names by postal code with `=`, which is
 *   LEAKPROOF, so the runtime role probes it under row-level security (trigram `%` it would not).
 * - `reassign_person_history(from, to)` / `erase_person_history(person)`: level changes and
 *   assessments are append-only for the runtime role; a merge must move them and an erasure remove
 *   them. Like the consent functions, they run as the owner and stay inside the current tenant.
 */
export class Duplicates1700000000700 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS membership.reassign_person_history(uuid, uuid)`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS membership.erase_person_history(uuid)`);
    await queryRunner.query(`DROP INDEX IF EXISTS membership.people_postal_code`);
    for (const table of ['person_erasures', 'person_merges', 'duplicate_candidates']) {
      await queryRunner.query(`DROP TABLE IF EXISTS membership.${table}`);
    }
  }
}

function upStatements(): string[] {
  return [
    `CREATE TABLE membership.duplicate_candidates (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      first_person_id uuid NOT NULL,
      second_person_id uuid NOT NULL,
      reasons text[] NOT NULL CHECK (cardinality(reasons) BETWEEN 1 AND 3
        AND reasons <@ ARRAY['EMAIL', 'PHONE', 'NAME_AND_POSTAL_CODE']),
      score real NOT NULL CHECK (score BETWEEN 0 AND 1),
      name_similarity real NOT NULL CHECK (name_similarity BETWEEN 0 AND 1),
      status text NOT NULL CHECK (status IN ('OPEN', 'MERGED', 'DISMISSED')),
      detected_at timestamptz(3) NOT NULL,
      resolved_at timestamptz(3),
      resolved_by text,
      PRIMARY KEY (tenant_id, id),
      CHECK (first_person_id < second_person_id),
      CHECK ((status = 'OPEN') = (resolved_at IS NULL)),
      CONSTRAINT duplicate_candidates_pair UNIQUE (tenant_id, first_person_id, second_person_id)
    )`,
    `CREATE INDEX duplicate_candidates_queue ON membership.duplicate_candidates (tenant_id, status, score DESC, id DESC)`,
    `CREATE INDEX duplicate_candidates_second ON membership.duplicate_candidates (tenant_id, second_person_id)`,
    ...tenantTableRls('membership.duplicate_candidates'),

    `CREATE TABLE membership.person_merges (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      kept_person_id uuid NOT NULL,
      merged_person_id uuid NOT NULL,
      fields_from_merged text[] NOT NULL,
      fields_filled text[] NOT NULL,
      merged_by text,
      merged_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, id),
      CHECK (kept_person_id <> merged_person_id),
      CONSTRAINT person_merges_merged UNIQUE (tenant_id, merged_person_id)
    )`,
    `CREATE INDEX person_merges_kept ON membership.person_merges (tenant_id, kept_person_id)`,
    `CREATE INDEX person_merges_recent ON membership.person_merges (tenant_id, merged_at DESC, id DESC)`,
    ...tenantTableRls('membership.person_merges'),

    `CREATE TABLE membership.person_erasures (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      person_id uuid NOT NULL,
      person_created_at timestamptz(3) NOT NULL,
      archived_at timestamptz(3),
      erased_at timestamptz(3) NOT NULL,
      erased_by text,
      PRIMARY KEY (tenant_id, person_id)
    )`,
    ...tenantTableRls('membership.person_erasures'),

    `CREATE INDEX IF NOT EXISTS people_postal_code ON membership.people (tenant_id, postal_code)
      WHERE postal_code IS NOT NULL AND archived_at IS NULL`,

    `CREATE FUNCTION membership.reassign_person_history(from_person uuid, to_person uuid) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        UPDATE membership.level_changes SET person_id = to_person WHERE person_id = from_person;
        UPDATE membership.person_assessments SET person_id = to_person WHERE person_id = from_person;
      END $$`,
    `CREATE FUNCTION membership.erase_person_history(person uuid) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      BEGIN
        DELETE FROM membership.level_changes WHERE person_id = person;
        DELETE FROM membership.person_assessments WHERE person_id = person;
      END $$`,
    `REVOKE ALL ON FUNCTION membership.reassign_person_history(uuid, uuid) FROM PUBLIC`,
    `REVOKE ALL ON FUNCTION membership.erase_person_history(uuid) FROM PUBLIC`,
    `GRANT EXECUTE ON FUNCTION membership.reassign_person_history(uuid, uuid) TO ${RUNTIME_ROLE}`,
    `GRANT EXECUTE ON FUNCTION membership.erase_person_history(uuid) TO ${RUNTIME_ROLE}`,
  ];
}
