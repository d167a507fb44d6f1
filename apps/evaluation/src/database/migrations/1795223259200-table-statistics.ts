import { dropTableStatisticsFunction, tableStatisticsFunction } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** `evaluation.refresh_table_statistics`, through which `TableStatistics` runs ANALYZE after bulk writes. */
export class TableStatistics1795223259200 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of tableStatisticsFunction('evaluation')) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of dropTableStatisticsFunction('evaluation')) await queryRunner.query(statement);
  }
}
