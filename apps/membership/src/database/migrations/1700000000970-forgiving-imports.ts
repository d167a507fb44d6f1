import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `('UPLOADING', 'UPLOADED', 'CHECKING', 'VALIDATING', 'IMPORTING', 'COMPLETED', 'FAILED', 'UNDOING', 'UNDONE')`;
const OLD_STATUSES = `('UPLOADING', 'UPLOADED', 'VALIDATING', 'IMPORTING', 'COMPLETED', 'FAILED', 'UNDOING', 'UNDONE')`;

/**
 * Imports that forgive (issue 8 §2).
 * - `import_jobs.status` CHECKING: every row checked against a mapping for the preview, nothing written.
 * - `import_jobs.check_summary`: the last whole-file check (options, rows by reason, the first of each).
 * - `import_jobs.retry_of`: the import whose staged rows a retry copied.
 * - `import_jobs.merged_count`: rows merged into an earlier row of the same person.
 * - `import_values.reason`: a code to count rejected rows by; `merged_into`: the row a repeat joined.
 */
export class ForgivingImports1700000000970 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE membership.import_jobs DROP CONSTRAINT import_jobs_status_check`,
      `ALTER TABLE membership.import_jobs ADD CONSTRAINT import_jobs_status_check CHECK (status IN ${STATUSES})`,
      `ALTER TABLE membership.import_jobs ADD COLUMN check_summary jsonb, ADD COLUMN retry_of uuid,
         ADD COLUMN merged_count int NOT NULL DEFAULT 0`,
      `DROP INDEX membership.import_jobs_unfinished`,
      `CREATE INDEX import_jobs_unfinished ON membership.import_jobs (status)
        WHERE status IN ('UPLOADING', 'CHECKING', 'VALIDATING', 'IMPORTING', 'UNDOING')`,
      `ALTER TABLE membership.import_values ADD COLUMN reason text, ADD COLUMN merged_into int`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE membership.import_values DROP COLUMN merged_into, DROP COLUMN reason`,
      `DROP INDEX membership.import_jobs_unfinished`,
      `CREATE INDEX import_jobs_unfinished ON membership.import_jobs (status)
        WHERE status IN ('UPLOADING', 'VALIDATING', 'IMPORTING', 'UNDOING')`,
      `ALTER TABLE membership.import_jobs DROP COLUMN merged_count, DROP COLUMN retry_of, DROP COLUMN check_summary`,
      `UPDATE membership.import_jobs SET status = 'UPLOADED' WHERE status = 'CHECKING'`,
      `ALTER TABLE membership.import_jobs DROP CONSTRAINT import_jobs_status_check`,
      `ALTER TABLE membership.import_jobs ADD CONSTRAINT import_jobs_status_check CHECK (status IN ${OLD_STATUSES})`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}
