import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API tokens, invitations and tags are listed a page at a time with keyset cursors: each list gets an
 * index in its exact order (newest first by `(created_at, id)`, tags by `(lower(name), name)`), so a
 * page is an index range however long the list grows.
 */
export class ListPageIndexes1700000000902 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP INDEX membership.api_tokens_created`,
      `CREATE INDEX api_tokens_created ON membership.api_tokens (tenant_id, created_at, id)`,
      `DROP INDEX membership.invitations_created`,
      `CREATE INDEX invitations_created ON membership.invitations (tenant_id, created_at, id)`,
      `CREATE INDEX tags_by_name ON membership.tags (tenant_id, lower(name), name)`,
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP INDEX membership.tags_by_name`,
      `DROP INDEX membership.invitations_created`,
      `CREATE INDEX invitations_created ON membership.invitations (tenant_id, created_at)`,
      `DROP INDEX membership.api_tokens_created`,
      `CREATE INDEX api_tokens_created ON membership.api_tokens (tenant_id, created_at)`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}
