import { tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Relationships person ↔ person and one-on-ones.
 * - `relationships`: undirected types (FAMILY, NEIGHBOUR, CO_WORKER) are stored with the smaller id
 *   first, so `relationships_unique` refuses the same link entered from the other side; directed
 *   types (RECRUITED_BY, MENTOR) keep the order given. `relationships_from` / `relationships_to`
 *   serve both directions of the graph walk and the per-person list.
 * - `one_on_ones`: `organizer_id` is a user of the coalition (checked on write, not a foreign key:
 *   a user who leaves the coalition keeps their history). Indexes serve the lists per person and
 *   per organizer and the weekly counts, which read (tenant, organizer, held_on) only.
 */
export class Relationships1700000000201 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['one_on_ones', 'relationships']) {
      await queryRunner.query(`DROP TABLE IF EXISTS membership.${table}`);
    }
  }
}

function upStatements(): string[] {
  return [
    `CREATE TABLE membership.relationships (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      type text NOT NULL CHECK (type IN ('FAMILY', 'NEIGHBOUR', 'CO_WORKER', 'RECRUITED_BY', 'MENTOR')),
      from_person_id uuid NOT NULL,
      to_person_id uuid NOT NULL,
      notes text CHECK (char_length(notes) <= 2000),
      started_on date,
      ended_on date CHECK (ended_on >= started_on),
      created_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, id),
      CHECK (from_person_id <> to_person_id),
      CHECK (type IN ('RECRUITED_BY', 'MENTOR') OR from_person_id < to_person_id),
      FOREIGN KEY (tenant_id, from_person_id) REFERENCES membership.people (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, to_person_id) REFERENCES membership.people (tenant_id, id) ON DELETE CASCADE
    )`,
    `CREATE UNIQUE INDEX relationships_unique ON membership.relationships (tenant_id, from_person_id, to_person_id, type)`,
    `CREATE INDEX relationships_to ON membership.relationships (tenant_id, to_person_id, from_person_id)`,
    `CREATE INDEX relationships_keyset ON membership.relationships (tenant_id, created_at DESC, id DESC)`,
    ...tenantTableRls('membership.relationships'),

    `CREATE TABLE membership.one_on_ones (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      organizer_id uuid NOT NULL,
      person_id uuid NOT NULL,
      held_on date NOT NULL,
      duration_minutes integer CHECK (duration_minutes BETWEEN 1 AND 1440),
      place text CHECK (char_length(place) <= 200),
      self_interest text CHECK (char_length(self_interest) <= 4000),
      concerns text CHECK (char_length(concerns) <= 4000),
      commitment_asked text CHECK (char_length(commitment_asked) <= 1000),
      commitment_made text CHECK (char_length(commitment_made) <= 1000),
      next_step text CHECK (char_length(next_step) <= 1000),
      next_step_due_on date CHECK (next_step_due_on >= held_on),
      relationship_strength smallint CHECK (relationship_strength BETWEEN 1 AND 5),
      created_at timestamptz(3) NOT NULL,
      updated_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id) ON DELETE CASCADE
    )`,
    `CREATE INDEX one_on_ones_keyset ON membership.one_on_ones (tenant_id, held_on DESC, id DESC)`,
    `CREATE INDEX one_on_ones_person ON membership.one_on_ones (tenant_id, person_id, held_on DESC, id DESC)`,
    `CREATE INDEX one_on_ones_organizer ON membership.one_on_ones (tenant_id, organizer_id, held_on DESC, id DESC)`,
    ...tenantTableRls('membership.one_on_ones'),
  ];
}
