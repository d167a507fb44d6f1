import {
  grantRuntimeAccess,
  processedEventsTableSql,
  RUNTIME_ROLE,
  tenantTableRls,
} from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The membership projection: joins and archives per UTC day, and the people on the rolls, per
 * coalition. Both are fed only by membership events, so they can be emptied and rebuilt from the stream.
 */
export class MembershipProjection1795223259004 implements MigrationInterface {
  name = 'MembershipProjection1795223259004';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      ...processedEventsTableSql('evaluation'),
      `CREATE TABLE evaluation.membership_daily (
        tenant_id uuid NOT NULL,
        day date NOT NULL,
        joined integer NOT NULL DEFAULT 0,
        archived integer NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, day)
      )`,
      ...tenantTableRls('evaluation.membership_daily'),
      `CREATE TABLE evaluation.membership_totals (
        tenant_id uuid NOT NULL,
        people integer NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id)
      )`,
      ...tenantTableRls('evaluation.membership_totals'),
      ...grantRuntimeAccess('evaluation', RUNTIME_ROLE),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE evaluation.membership_totals');
    await queryRunner.query('DROP TABLE evaluation.membership_daily');
    await queryRunner.query('DROP TABLE evaluation.processed_events');
  }
}
