import { tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `('UPLOADING', 'UPLOADED', 'VALIDATING', 'IMPORTING', 'COMPLETED', 'FAILED', 'UNDOING', 'UNDONE')`;

/**
 * Imports.
 * - `import_jobs`: one row per uploaded file; the background runner's whole state (phase, the last
 *   committed row, counts, a lease) lives here, so a restarted service resumes from it. The runner
 *   finds unfinished jobs of every coalition through the `import-runner` system context (read only).
 * - `import_rows`: the file's rows as parsed (cells as a JSON array), and `import_values`: the same
 *   rows after mapping and validation (people columns as JSON, or the reason a row is rejected).
 *   Both are UNLOGGED staging: no WAL for data that can be uploaded again; after a database crash
 *   Postgres empties them and the runner fails the job with that reason instead of importing half.
 * - `import_chunks`: per committed chunk, the ids of the people it created (undo deletes them).
 * - `import_changes`: per person an import updated, the values before and after (undo restores a
 *   field only where it still holds what the import wrote).
 * - `people_phone`: matching on PHONE looks living people up by phone.
 */
export class Imports1700000000400 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS membership.people_phone`);
    for (const table of ['import_changes', 'import_chunks', 'import_values', 'import_rows', 'import_jobs']) {
      await queryRunner.query(`DROP TABLE IF EXISTS membership.${table}`);
    }
  }
}

function upStatements(): string[] {
  return [
    `CREATE TABLE membership.import_jobs (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      status text NOT NULL CHECK (status IN ${STATUSES}),
      file_name text,
      delimiter text,
      columns text[] NOT NULL CHECK (cardinality(columns) <= 500),
      row_count int NOT NULL DEFAULT 0,
      byte_count bigint NOT NULL DEFAULT 0,
      mapping jsonb,
      match_on text CHECK (match_on IN ('EMAIL', 'PHONE', 'EXTERNAL_ID')),
      on_match text CHECK (on_match IN ('SKIP', 'FILL_EMPTY', 'OVERWRITE')),
      tags text[] NOT NULL DEFAULT '{}',
      skip_bad_rows boolean NOT NULL DEFAULT false,
      rows_validated int NOT NULL DEFAULT 0,
      rows_imported int NOT NULL DEFAULT 0,
      chunks_done int NOT NULL DEFAULT 0,
      undo_chunks_done int NOT NULL DEFAULT 0,
      created_count int NOT NULL DEFAULT 0,
      updated_count int NOT NULL DEFAULT 0,
      unchanged_count int NOT NULL DEFAULT 0,
      rejected_count int NOT NULL DEFAULT 0,
      errors jsonb NOT NULL DEFAULT '[]',
      phase_started_at timestamptz(3),
      phase_rows_at_start int NOT NULL DEFAULT 0,
      runner_id uuid,
      lease_until timestamptz(3),
      created_by text,
      created_by_type text,
      created_at timestamptz(3) NOT NULL,
      updated_at timestamptz(3) NOT NULL,
      started_at timestamptz(3),
      finished_at timestamptz(3),
      undone_at timestamptz(3),
      PRIMARY KEY (tenant_id, id)
    )`,
    `CREATE INDEX import_jobs_created ON membership.import_jobs (tenant_id, created_at DESC, id DESC)`,
    // The runner's scan for work left by a stopped instance: few rows, across coalitions.
    `CREATE INDEX import_jobs_unfinished ON membership.import_jobs (status)
      WHERE status IN ('UPLOADING', 'VALIDATING', 'IMPORTING', 'UNDOING')`,
    ...tenantTableRls('membership.import_jobs'),
    `CREATE POLICY import_runner_read ON membership.import_jobs FOR SELECT USING (
      current_setting('app.system_context', true) = 'import-runner'
    )`,

    `CREATE UNLOGGED TABLE membership.import_rows (
      tenant_id uuid NOT NULL,
      import_id uuid NOT NULL,
      row_number int NOT NULL,
      line int NOT NULL,
      cells text NOT NULL,
      problem text,
      PRIMARY KEY (tenant_id, import_id, row_number)
    )`,
    ...tenantTableRls('membership.import_rows'),

    `CREATE UNLOGGED TABLE membership.import_values (
      tenant_id uuid NOT NULL,
      import_id uuid NOT NULL,
      row_number int NOT NULL,
      line int NOT NULL,
      "values" jsonb,
      error text,
      PRIMARY KEY (tenant_id, import_id, row_number)
    )`,
    ...tenantTableRls('membership.import_values'),

    `CREATE TABLE membership.import_chunks (
      tenant_id uuid NOT NULL,
      import_id uuid NOT NULL,
      chunk int NOT NULL,
      first_row int NOT NULL,
      last_row int NOT NULL,
      created_ids uuid[] NOT NULL,
      PRIMARY KEY (tenant_id, import_id, chunk)
    )`,
    ...tenantTableRls('membership.import_chunks'),

    `CREATE TABLE membership.import_changes (
      tenant_id uuid NOT NULL,
      import_id uuid NOT NULL,
      person_id uuid NOT NULL,
      chunk int NOT NULL,
      before jsonb NOT NULL,
      after jsonb NOT NULL,
      PRIMARY KEY (tenant_id, import_id, person_id)
    )`,
    `CREATE INDEX import_changes_chunk ON membership.import_changes (tenant_id, import_id, chunk)`,
    ...tenantTableRls('membership.import_changes'),

    // Matching an import on PHONE probes living people by phone once per row.
    `CREATE INDEX IF NOT EXISTS people_phone ON membership.people (tenant_id, phone) WHERE phone IS NOT NULL AND archived_at IS NULL`,
  ];
}
