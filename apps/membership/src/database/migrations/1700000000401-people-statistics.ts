import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the runtime role refresh the planner's statistics of people after a bulk write. Only a table's
 * owner may ANALYZE it (Postgres 15), so this owner function does it for the runtime role. Imports call
 * it as they grow a coalition: with statistics from before the import, the planner believes the
 * coalition is tiny and may match each row by walking all its people instead of using the email or
 * phone index (seen: minutes per chunk instead of a second). Autovacuum would refresh them later.
 */
export class PeopleStatistics1700000000401 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION membership.refresh_people_statistics() RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
      BEGIN
        ANALYZE membership.people;
      END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION membership.refresh_people_statistics() FROM PUBLIC`);
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION membership.refresh_people_statistics() TO groundwork_app`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS membership.refresh_people_statistics()`);
  }
}
