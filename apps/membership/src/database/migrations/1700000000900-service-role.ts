import { MEMBERSHIP } from '@groundwork/contracts';
import { moveRuntimeAccess, RUNTIME_ROLE, serviceRole } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Membership connects as its own role from here on: every privilege the shared runtime role held in
 * this schema moves to `groundwork_membership`, so no other service's role can read membership's tables.
 */
export class MembershipServiceRole1700000000900 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of moveRuntimeAccess(MEMBERSHIP, serviceRole(MEMBERSHIP)))
      await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of moveRuntimeAccess(MEMBERSHIP, RUNTIME_ROLE, serviceRole(MEMBERSHIP))) {
      await queryRunner.query(statement);
    }
  }
}
