import { tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved segments: a named filter over people, stored as the validated filter (jsonb) and compiled to
 * one parameterized query each time it is evaluated, so a segment always reflects the people as they
 * are now. `segments_name_key` keeps names unique per coalition regardless of case and serves the
 * alphabetical list.
 */
export class Segments1700000000501 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS membership.segments`);
  }
}

function upStatements(): string[] {
  return [
    `CREATE TABLE membership.segments (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
      description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 500),
      filter jsonb NOT NULL CHECK (jsonb_typeof(filter) = 'object'),
      created_by uuid,
      created_at timestamptz(3) NOT NULL,
      updated_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, id)
    )`,
    `CREATE UNIQUE INDEX segments_name_key ON membership.segments (tenant_id, lower(name))`,
    ...tenantTableRls('membership.segments'),
  ];
}
