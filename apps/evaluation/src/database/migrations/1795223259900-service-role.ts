import { moveRuntimeAccess, RUNTIME_ROLE, serviceRole } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const EVALUATION = 'evaluation';

/**
 * Evaluation connects as its own role from here on: every privilege the shared runtime role held in
 * this schema moves to `groundwork_evaluation`, so no other service's role can read evaluation's tables.
 */
export class EvaluationServiceRole1795223259900 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of moveRuntimeAccess(EVALUATION, serviceRole(EVALUATION)))
      await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of moveRuntimeAccess(EVALUATION, RUNTIME_ROLE, serviceRole(EVALUATION))) {
      await queryRunner.query(statement);
    }
  }
}
