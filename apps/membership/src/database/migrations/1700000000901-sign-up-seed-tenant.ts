import { SystemReason, systemReasonIn } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The coalition a sign-up is creating, named by `UnitOfWork.seedTenant` before its first row. */
const SEED_TENANT = `nullif(current_setting('app.seed_tenant', true), '')::uuid`;
const SIGN_UP = systemReasonIn([SystemReason.SIGN_UP]);
/**
 * The row's coalition was inserted by this very transaction (its xmin is this transaction's id), so
 * naming an existing coalition in `app.seed_tenant` opens nothing.
 */
const CREATED_HERE = (table: string) =>
  `EXISTS (SELECT 1 FROM membership.coalitions c WHERE c.id = ${table}.tenant_id AND c.xmin = pg_current_xact_id()::xid)`;

/**
 * The sign-up reason admitted a coalition and its seeded ladder rows for any tenant id. Now it admits
 * only the coalition this unit of work is creating: the coalition row whose id is `app.seed_tenant`,
 * and seeded rows of that tenant whose coalition this transaction inserted, so a sign-up can never
 * write into an existing coalition.
 */
export class SignUpSeedTenant1700000000901 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP POLICY sign_up_insert ON membership.coalitions`,
      `CREATE POLICY sign_up_insert ON membership.coalitions FOR INSERT WITH CHECK (${SIGN_UP} AND id = ${SEED_TENANT})`,
      ...['ladder_levels', 'assessment_scale'].flatMap((table) => [
        `DROP POLICY sign_up_seed ON membership.${table}`,
        `CREATE POLICY sign_up_seed ON membership.${table} FOR INSERT WITH CHECK (
          ${SIGN_UP} AND tenant_id = ${SEED_TENANT} AND ${CREATED_HERE(table)}
        )`,
      ]),
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP POLICY sign_up_insert ON membership.coalitions`,
      `CREATE POLICY sign_up_insert ON membership.coalitions FOR INSERT WITH CHECK (${SIGN_UP})`,
      ...['ladder_levels', 'assessment_scale'].flatMap((table) => [
        `DROP POLICY sign_up_seed ON membership.${table}`,
        `CREATE POLICY sign_up_seed ON membership.${table} FOR INSERT WITH CHECK (${SIGN_UP})`,
      ]),
    ]) {
      await queryRunner.query(statement);
    }
  }
}
