import { RUNTIME_ROLE, SystemReason, systemReasonIn, tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ladder of engagement, its automatic rules and the assessment scale, plus leadership
 * development (trainings, skills, roles held).
 *
 * Defaults for every coalition: the five default levels and the 1–5 scale labels are written by
 * `seed_coalition_ladder()`: once here for the coalitions that already exist, and by a trigger on
 * `coalitions` for each new one, inside the sign-up transaction. Seeding eagerly (not lazily on
 * first read) means a read never writes, and other areas' SQL (segments, evaluation) always finds
 * a coalition's levels. The sign-up transaction runs under the `sign-up` system reason before it
 * enters the new tenant, so the two seeded tables admit inserts for that reason, and nothing more.
 *
 * History tables (`level_changes`, `person_assessments`) are append-only for the runtime role.
 */
export class Ladder1700000000300 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
    for (const tenantId of await existingCoalitions(queryRunner)) {
      await queryRunner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      await queryRunner.query(`select membership.seed_coalition_ladder($1)`, [tenantId]);
    }
    await queryRunner.query(`select set_config('app.tenant_id', '', true)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS coalition_ladder_seed ON membership.coalitions`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS membership.seed_new_coalition_ladder()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS membership.seed_coalition_ladder(uuid)`);
    for (const table of [
      'person_roles',
      'person_skills',
      'person_trainings',
      'person_assessments',
      'assessment_scale',
      'ladder_event_facts',
      'level_changes',
      'person_levels',
      'ladder_rules',
      'ladder_levels',
    ]) {
      await queryRunner.query(`DROP TABLE IF EXISTS membership.${table}`);
    }
  }
}

/**
 * Every coalition id. The owner is subject to the forced policies too, so the migration lifts the
 * force on `coalitions` for this one read, inside its own transaction (the ALTER holds an exclusive
 * lock until commit, so no other session ever sees the table unforced).
 */
async function existingCoalitions(queryRunner: QueryRunner): Promise<string[]> {
  await queryRunner.query(`ALTER TABLE membership.coalitions NO FORCE ROW LEVEL SECURITY`);
  const rows = (await queryRunner.query(`SELECT id FROM membership.coalitions`)) as Array<{ id: string }>;
  await queryRunner.query(`ALTER TABLE membership.coalitions FORCE ROW LEVEL SECURITY`);
  return rows.map((row) => row.id);
}

const SIGN_UP_SEEDS = systemReasonIn([SystemReason.SIGN_UP]);

function upStatements(): string[] {
  return [
    `CREATE TABLE membership.ladder_levels (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
      description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 1000),
      position int NOT NULL CHECK (position >= 1),
      counts_as_leader boolean NOT NULL DEFAULT false,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      -- Deferrable so that a reorder (one UPDATE) is checked once at the end of the statement.
      CONSTRAINT ladder_levels_position_key UNIQUE (tenant_id, position) DEFERRABLE INITIALLY IMMEDIATE
    )`,
    `CREATE UNIQUE INDEX ladder_levels_name_key ON membership.ladder_levels (tenant_id, lower(name))`,
    ...tenantTableRls('membership.ladder_levels'),
    `CREATE POLICY sign_up_seed ON membership.ladder_levels FOR INSERT WITH CHECK (${SIGN_UP_SEEDS})`,

    // A rule moves a person up to target_level when they have at least min_count events of
    // event_type within window_days before (and including) the event being applied. Rules only
    // promote: a person at or above the target level is left where they are.
    `CREATE TABLE membership.ladder_rules (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
      event_type text NOT NULL CHECK (event_type ~ '^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$' AND char_length(event_type) <= 120),
      min_count int NOT NULL CHECK (min_count BETWEEN 1 AND 1000),
      window_days int NOT NULL CHECK (window_days BETWEEN 1 AND 3650),
      target_level_id uuid NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, target_level_id) REFERENCES membership.ladder_levels (tenant_id, id)
    )`,
    `CREATE INDEX ladder_rules_event_type ON membership.ladder_rules (tenant_id, event_type) WHERE active`,
    `CREATE INDEX ladder_rules_target ON membership.ladder_rules (tenant_id, target_level_id)`,
    ...tenantTableRls('membership.ladder_rules'),

    `CREATE TABLE membership.person_levels (
      tenant_id uuid NOT NULL,
      person_id uuid NOT NULL,
      level_id uuid NOT NULL,
      since timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, person_id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id),
      FOREIGN KEY (tenant_id, level_id) REFERENCES membership.ladder_levels (tenant_id, id)
    )`,
    `CREATE INDEX person_levels_board ON membership.person_levels (tenant_id, level_id, since DESC, person_id DESC)`,
    ...tenantTableRls('membership.person_levels'),

    `CREATE TABLE membership.level_changes (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      person_id uuid NOT NULL,
      from_level_id uuid,
      to_level_id uuid NOT NULL,
      changed_by uuid,
      rule_id uuid,
      reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 1000),
      changed_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id),
      FOREIGN KEY (tenant_id, from_level_id) REFERENCES membership.ladder_levels (tenant_id, id),
      FOREIGN KEY (tenant_id, to_level_id) REFERENCES membership.ladder_levels (tenant_id, id),
      FOREIGN KEY (tenant_id, rule_id) REFERENCES membership.ladder_rules (tenant_id, id)
    )`,
    `CREATE INDEX level_changes_person ON membership.level_changes (tenant_id, person_id, changed_at DESC, id DESC)`,
    `CREATE INDEX level_changes_time ON membership.level_changes (tenant_id, changed_at)`,
    ...tenantTableRls('membership.level_changes'),
    `REVOKE UPDATE, DELETE ON membership.level_changes FROM ${RUNTIME_ROLE}`,

    // What rules count: one row per (event, person) received from another service's stream.
    `CREATE TABLE membership.ladder_event_facts (
      tenant_id uuid NOT NULL,
      event_id uuid NOT NULL,
      person_id uuid NOT NULL,
      event_type text NOT NULL,
      occurred_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, event_id, person_id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id)
    )`,
    `CREATE INDEX ladder_event_facts_window ON membership.ladder_event_facts (tenant_id, person_id, event_type, occurred_at)`,
    ...tenantTableRls('membership.ladder_event_facts'),

    `CREATE TABLE membership.assessment_scale (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
      label text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 60),
      description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 500),
      PRIMARY KEY (tenant_id, score)
    )`,
    ...tenantTableRls('membership.assessment_scale'),
    `CREATE POLICY sign_up_seed ON membership.assessment_scale FOR INSERT WITH CHECK (${SIGN_UP_SEEDS})`,

    `CREATE TABLE membership.person_assessments (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      person_id uuid NOT NULL,
      score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
      notes text NOT NULL DEFAULT '' CHECK (char_length(notes) <= 2000),
      assessed_by uuid,
      assessed_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id)
    )`,
    `CREATE INDEX person_assessments_person ON membership.person_assessments (tenant_id, person_id, assessed_at DESC, id DESC)`,
    ...tenantTableRls('membership.person_assessments'),
    `REVOKE UPDATE, DELETE ON membership.person_assessments FROM ${RUNTIME_ROLE}`,

    `CREATE TABLE membership.person_trainings (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      person_id uuid NOT NULL,
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
      provider text CHECK (char_length(provider) <= 200),
      attended_on date NOT NULL,
      recorded_by uuid,
      recorded_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id)
    )`,
    `CREATE INDEX person_trainings_person ON membership.person_trainings (tenant_id, person_id, attended_on DESC)`,
    ...tenantTableRls('membership.person_trainings'),

    `CREATE TABLE membership.person_skills (
      tenant_id uuid NOT NULL,
      person_id uuid NOT NULL,
      skill text NOT NULL CHECK (char_length(skill) BETWEEN 1 AND 80),
      added_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, person_id, skill),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id)
    )`,
    `CREATE INDEX person_skills_skill ON membership.person_skills (tenant_id, skill)`,
    ...tenantTableRls('membership.person_skills'),

    `CREATE TABLE membership.person_roles (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      person_id uuid NOT NULL,
      role text NOT NULL CHECK (char_length(role) BETWEEN 1 AND 120),
      started_on date NOT NULL,
      ended_on date CHECK (ended_on >= started_on),
      assigned_by uuid,
      created_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id)
    )`,
    `CREATE INDEX person_roles_person ON membership.person_roles (tenant_id, person_id, started_on DESC)`,
    `CREATE INDEX person_roles_role ON membership.person_roles (tenant_id, role) WHERE ended_on IS NULL`,
    ...tenantTableRls('membership.person_roles'),

    `CREATE FUNCTION membership.seed_coalition_ladder(coalition uuid) RETURNS void LANGUAGE sql AS $$
      INSERT INTO membership.ladder_levels (tenant_id, id, name, description, position, counts_as_leader)
      VALUES
        (coalition, gen_random_uuid(), 'Contact', 'We have their details; no involvement yet.', 1, false),
        (coalition, gen_random_uuid(), 'Supporter', 'Has signed, given or said yes to something.', 2, false),
        (coalition, gen_random_uuid(), 'Active', 'Takes part regularly: attends, calls, turns out.', 3, false),
        (coalition, gen_random_uuid(), 'Leader', 'Brings others in and takes responsibility for work.', 4, true),
        (coalition, gen_random_uuid(), 'Core leader', 'Shapes strategy and develops other leaders.', 5, true);
      INSERT INTO membership.assessment_scale (tenant_id, score, label, description)
      VALUES
        (coalition, 1, 'Not yet engaged', 'No commitment shown so far.'),
        (coalition, 2, 'Interested', 'Open to taking part.'),
        (coalition, 3, 'Participating', 'Shows up when asked.'),
        (coalition, 4, 'Taking responsibility', 'Follows through on commitments and recruits.'),
        (coalition, 5, 'Leading others', 'Has a following and develops others.');
    $$`,
    `CREATE FUNCTION membership.seed_new_coalition_ladder() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM membership.seed_coalition_ladder(NEW.id); RETURN NULL; END $$`,
    `CREATE TRIGGER coalition_ladder_seed AFTER INSERT ON membership.coalitions
      FOR EACH ROW EXECUTE FUNCTION membership.seed_new_coalition_ladder()`,
  ];
}
