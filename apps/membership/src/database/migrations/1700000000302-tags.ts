import { tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tag catalogue: groups and tags with colour and description. A person's tags stay in
 * `people.tags` (names); the catalogue names every tag in use: existing names are copied in here,
 * and a statement trigger on `people` adds any new name a write brings (a form, an import's
 * `INSERT … SELECT`, a bulk tag), in one set-based statement per write.
 */
export class Tags1700000000302 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
    // The owner is subject to the forced policies too: lift the force on `coalitions` for the one
    // read of every tenant id, within this migration's transaction.
    await queryRunner.query(`ALTER TABLE membership.coalitions NO FORCE ROW LEVEL SECURITY`);
    const coalitions = (await queryRunner.query(`SELECT id FROM membership.coalitions`)) as Array<{
      id: string;
    }>;
    await queryRunner.query(`ALTER TABLE membership.coalitions FORCE ROW LEVEL SECURITY`);
    for (const { id } of coalitions) {
      await queryRunner.query(`select set_config('app.tenant_id', $1, true)`, [id]);
      await queryRunner.query(
        `INSERT INTO membership.tags (tenant_id, id, name)
         SELECT DISTINCT tenant_id, gen_random_uuid(), tag FROM membership.people, unnest(tags) AS tag
         ON CONFLICT DO NOTHING`,
      );
    }
    await queryRunner.query(`select set_config('app.tenant_id', '', true)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS people_tags_catalogue_insert ON membership.people`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS people_tags_catalogue_update ON membership.people`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS membership.catalogue_people_tags()`);
    await queryRunner.query(`DROP TABLE IF EXISTS membership.tags`);
    await queryRunner.query(`DROP TABLE IF EXISTS membership.tag_groups`);
  }
}

function upStatements(): string[] {
  return [
    `CREATE TABLE membership.tag_groups (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
      description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 500),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    )`,
    `CREATE UNIQUE INDEX tag_groups_name_key ON membership.tag_groups (tenant_id, lower(name))`,
    ...tenantTableRls('membership.tag_groups'),

    // Names are unique exactly as written, like the values in people.tags they stand for.
    `CREATE TABLE membership.tags (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
      group_id uuid,
      colour text CHECK (colour ~ '^#[0-9a-f]{6}$'),
      description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 500),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      CONSTRAINT tags_name_key UNIQUE (tenant_id, name),
      FOREIGN KEY (tenant_id, group_id) REFERENCES membership.tag_groups (tenant_id, id) ON DELETE SET NULL (group_id)
    )`,
    `CREATE INDEX tags_group ON membership.tags (tenant_id, group_id)`,
    ...tenantTableRls('membership.tags'),

    `CREATE FUNCTION membership.catalogue_people_tags() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO membership.tags (tenant_id, id, name)
        SELECT used.tenant_id, gen_random_uuid(), used.name
          FROM (SELECT DISTINCT changed.tenant_id, tag AS name FROM changed, unnest(changed.tags) AS tag) AS used
         WHERE NOT EXISTS (SELECT 1 FROM membership.tags t WHERE t.tenant_id = used.tenant_id AND t.name = used.name)
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`,
    `CREATE TRIGGER people_tags_catalogue_insert AFTER INSERT ON membership.people
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION membership.catalogue_people_tags()`,
    `CREATE TRIGGER people_tags_catalogue_update AFTER UPDATE ON membership.people
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION membership.catalogue_people_tags()`,
  ];
}
