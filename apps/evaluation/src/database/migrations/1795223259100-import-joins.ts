import { tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joins counted per import and UTC day, so undoing an import takes its people back on the days they
 * were counted, as if they had never been imported. Fed by membership events like the rest.
 */
export class ImportJoins1795223259100 implements MigrationInterface {
  name = 'ImportJoins1795223259100';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE evaluation.import_joins (
        tenant_id uuid NOT NULL,
        import_id uuid NOT NULL,
        day date NOT NULL,
        joined integer NOT NULL CHECK (joined >= 0),
        PRIMARY KEY (tenant_id, import_id, day)
      )`,
      ...tenantTableRls('evaluation.import_joins'),
    ]) {
      await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE evaluation.import_joins');
  }
}
