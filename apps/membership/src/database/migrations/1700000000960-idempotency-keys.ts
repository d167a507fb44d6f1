import { idempotencyKeysTable } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first reply of each write sent with an `Idempotency-Key`, kept 24 hours (see `IdempotentReplies`). */
export class IdempotencyKeys1700000000960 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of idempotencyKeysTable('membership', 'membership'))
      await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE membership.idempotency_keys`);
  }
}
