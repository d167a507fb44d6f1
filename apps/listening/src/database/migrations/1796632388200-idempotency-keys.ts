import { idempotencyKeysTable } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first reply of each write sent with an `Idempotency-Key`, kept 24 hours (see `IdempotentReplies`). */
export class ListeningIdempotencyKeys1796632388200 implements MigrationInterface {
  name = 'ListeningIdempotencyKeys1796632388200';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of idempotencyKeysTable('listening', 'listening'))
      await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE listening.idempotency_keys`);
  }
}
