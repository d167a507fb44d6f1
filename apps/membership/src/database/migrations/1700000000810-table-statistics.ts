import { dropTableStatisticsFunction, tableStatisticsFunction } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `membership.refresh_table_statistics`, through which `TableStatistics` runs ANALYZE after bulk writes
 * on a connection of its own. It replaces `refresh_people_statistics`, which imports called inside
 * their transaction.
 */
export class TableStatistics1700000000810 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of tableStatisticsFunction('membership')) await queryRunner.query(statement);
    await queryRunner.query(`DROP FUNCTION membership.refresh_people_statistics()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION membership.refresh_people_statistics() RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      BEGIN
        ANALYZE membership.people;
      END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION membership.refresh_people_statistics() FROM PUBLIC`);
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION membership.refresh_people_statistics() TO groundwork_app`,
    );
    for (const statement of dropTableStatisticsFunction('membership')) await queryRunner.query(statement);
  }
}
