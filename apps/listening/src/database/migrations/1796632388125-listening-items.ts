import { grantRuntimeAccess, RUNTIME_ROLE, tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The items of each tenant, under forced row-level security. */
export class ListeningItems1796632388125 implements MigrationInterface {
  name = 'ListeningItems1796632388125';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE listening.items (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        name text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`,
      ...tenantTableRls('listening.items'),
      ...grantRuntimeAccess('listening', RUNTIME_ROLE),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE listening.items');
  }
}
