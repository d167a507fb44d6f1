import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The double metaphone of each person's first and last name, stored beside the name, so duplicate
 * detection blocks similar names on `(postal_code, sound)` with `=` instead of computing the codes of
 * both names for every pair in a postal code (a refresh after importing 1M people ran for over 15
 * minutes). Generated columns: they follow every name change, erasure included, with no code to forget.
 */
export class DuplicateNameSounds1700000000701 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE membership.people
      ADD COLUMN first_name_sound text GENERATED ALWAYS AS (public.dmetaphone(first_name)) STORED,
      ADD COLUMN last_name_sound text GENERATED ALWAYS AS (public.dmetaphone(last_name)) STORED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE membership.people DROP COLUMN first_name_sound, DROP COLUMN last_name_sound`,
    );
  }
}
