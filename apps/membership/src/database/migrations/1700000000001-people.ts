import { tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People of a coalition. Indexes:
 * - `people_keyset`: the list order (newest first) within a tenant, for keyset pages; it includes
 *   `archived_at` so counting a coalition's living people is an index-only scan;
 * - `people_email_unique`: one living person per email in a coalition (archived people free it);
 * - `people_search`: trigram GIN over `search_text` (names and email, kept by Postgres), for
 *   `ILIKE '%term%'`. Under row-level security Postgres uses an index for a condition only when its
 *   operator is LEAKPROOF, which ILIKE (`texticlike`) is not by default: until an administrator
 *   marks it so, search reads the coalition's rows through the `tenant_id` indexes instead. Searching
 *   one column (not an expression) keeps the condition down to that single operator. A GIN index
 *   cannot lead with `tenant_id` without btree_gin.
 * Timestamps keep millisecond precision, the precision of the cursors built from them.
 * Grants come from the default privileges set by the accounts migration.
 */
export class People1700000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS membership.people`);
  }
}

function upStatements(): string[] {
  return [
    `CREATE TABLE membership.people (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      first_name text NOT NULL CHECK (char_length(first_name) BETWEEN 1 AND 100),
      last_name text NOT NULL CHECK (char_length(last_name) BETWEEN 1 AND 100),
      email text CHECK (email = lower(email) AND char_length(email) <= 254),
      phone text CHECK (phone ~ '^\\+[1-9][0-9]{1,14}$'),
      postal_code text CHECK (char_length(postal_code) <= 16),
      preferred_language text CHECK (char_length(preferred_language) <= 35),
      tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 50),
      created_at timestamptz(3) NOT NULL,
      updated_at timestamptz(3) NOT NULL,
      archived_at timestamptz(3),
      search_text text NOT NULL GENERATED ALWAYS AS (first_name || ' ' || last_name || ' ' || coalesce(email, '')) STORED,
      PRIMARY KEY (tenant_id, id)
    )`,
    `CREATE INDEX people_keyset ON membership.people (tenant_id, created_at DESC, id DESC) INCLUDE (archived_at)`,
    `CREATE UNIQUE INDEX people_email_unique ON membership.people (tenant_id, email)
      WHERE email IS NOT NULL AND archived_at IS NULL`,
    `CREATE INDEX people_search ON membership.people USING gin (search_text public.gin_trgm_ops)`,
    ...tenantTableRls('membership.people'),
  ];
}
