import { tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `('ACTIVE', 'INACTIVE', 'ARCHIVED', 'DO_NOT_CONTACT')`;
const SOURCES = `('EVENT', 'PETITION', 'IMPORT', 'ONE_ON_ONE', 'REFERRAL', 'OTHER')`;
const FIELD_TYPES = `('TEXT', 'NUMBER', 'DATE', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE')`;

/**
 * The person profile: more columns on `people`, extra emails and phones, custom field definitions
 * (values live in `people.custom_fields`, jsonb, so segments filter them in SQL), self-described
 * demographics in their own table, notes, and the recorded status changes the timeline reads.
 *
 * - `people.email` / `people.phone` stay the primary ones; `person_emails` / `person_phones` hold the
 *   others. An extra never repeats the person's primary (the use cases keep that).
 * - `preferred_language` stays (integrators read it) and always equals `preferred_languages[1]`.
 * - `status` and `archived_at` agree: ARCHIVED exactly when `archived_at` is set.
 * - `assigned_organizer_id` is a user of the coalition; removing the user from the coalition clears it.
 * - `referred_by_person_id` is a person of the same coalition.
 * The backfill runs with FORCE ROW LEVEL SECURITY lifted for this transaction only, so the owner
 * (which runs migrations) sees every coalition's rows.
 */
export class PersonProfile1700000000100 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'person_status_changes',
      'person_notes',
      'person_demographics',
      'custom_field_definitions',
      'person_phones',
      'person_emails',
    ]) {
      await queryRunner.query(`DROP TABLE IF EXISTS membership.${table}`);
    }
    await queryRunner.query(`ALTER TABLE membership.people
      DROP CONSTRAINT IF EXISTS people_status_archived,
      DROP CONSTRAINT IF EXISTS people_first_language,
      DROP COLUMN IF EXISTS pronouns, DROP COLUMN IF EXISTS phone_sms,
      DROP COLUMN IF EXISTS address_line1, DROP COLUMN IF EXISTS address_line2, DROP COLUMN IF EXISTS city,
      DROP COLUMN IF EXISTS region, DROP COLUMN IF EXISTS country, DROP COLUMN IF EXISTS area,
      DROP COLUMN IF EXISTS preferred_languages, DROP COLUMN IF EXISTS joined_on, DROP COLUMN IF EXISTS source,
      DROP COLUMN IF EXISTS source_detail, DROP COLUMN IF EXISTS referred_by_person_id, DROP COLUMN IF EXISTS status,
      DROP COLUMN IF EXISTS assigned_organizer_id, DROP COLUMN IF EXISTS external_id,
      DROP COLUMN IF EXISTS custom_fields`);
  }
}

function upStatements(): string[] {
  return [
    `ALTER TABLE membership.people
      ADD COLUMN pronouns text CHECK (char_length(pronouns) <= 40),
      ADD COLUMN phone_sms boolean NOT NULL DEFAULT false,
      ADD COLUMN address_line1 text CHECK (char_length(address_line1) <= 200),
      ADD COLUMN address_line2 text CHECK (char_length(address_line2) <= 200),
      ADD COLUMN city text CHECK (char_length(city) <= 100),
      ADD COLUMN region text CHECK (char_length(region) <= 100),
      ADD COLUMN country text CHECK (country ~ '^[A-Z]{2}$'),
      ADD COLUMN area text CHECK (char_length(area) <= 100),
      ADD COLUMN preferred_languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(preferred_languages) <= 10),
      ADD COLUMN joined_on date,
      ADD COLUMN source text CHECK (source IN ${SOURCES}),
      ADD COLUMN source_detail text CHECK (char_length(source_detail) <= 200),
      ADD COLUMN referred_by_person_id uuid,
      ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ${STATUSES}),
      ADD COLUMN assigned_organizer_id uuid,
      ADD COLUMN external_id text CHECK (char_length(external_id) <= 100),
      ADD COLUMN custom_fields jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_fields) = 'object')`,

    `ALTER TABLE membership.people NO FORCE ROW LEVEL SECURITY`,
    `UPDATE membership.people SET preferred_languages = ARRAY[preferred_language] WHERE preferred_language IS NOT NULL`,
    `UPDATE membership.people SET status = 'ARCHIVED' WHERE archived_at IS NOT NULL`,
    `ALTER TABLE membership.people FORCE ROW LEVEL SECURITY`,

    `ALTER TABLE membership.people
      ADD CONSTRAINT people_first_language CHECK (preferred_language IS NOT DISTINCT FROM preferred_languages[1]),
      ADD CONSTRAINT people_status_archived CHECK ((status = 'ARCHIVED') = (archived_at IS NOT NULL)),
      ADD CONSTRAINT people_referred_by FOREIGN KEY (tenant_id, referred_by_person_id)
        REFERENCES membership.people (tenant_id, id) ON DELETE SET NULL (referred_by_person_id),
      ADD CONSTRAINT people_assigned_organizer FOREIGN KEY (tenant_id, assigned_organizer_id)
        REFERENCES membership.memberships (tenant_id, user_id) ON DELETE SET NULL (assigned_organizer_id)`,
    `CREATE UNIQUE INDEX people_external_id_unique ON membership.people (tenant_id, external_id) WHERE external_id IS NOT NULL`,
    `CREATE INDEX people_assigned_organizer ON membership.people (tenant_id, assigned_organizer_id) WHERE assigned_organizer_id IS NOT NULL`,
    `CREATE INDEX people_referred_by ON membership.people (tenant_id, referred_by_person_id) WHERE referred_by_person_id IS NOT NULL`,

    `CREATE TABLE membership.person_emails (
      tenant_id uuid NOT NULL,
      person_id uuid NOT NULL,
      email text NOT NULL CHECK (email = lower(email) AND char_length(email) <= 254),
      created_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, person_id, email),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id) ON DELETE CASCADE
    )`,
    // Dedupe and search find people by any of their emails.
    `CREATE INDEX person_emails_email ON membership.person_emails (tenant_id, email)`,
    ...tenantTableRls('membership.person_emails'),

    `CREATE TABLE membership.person_phones (
      tenant_id uuid NOT NULL,
      person_id uuid NOT NULL,
      phone text NOT NULL CHECK (phone ~ '^\\+[1-9][0-9]{1,14}$'),
      sms boolean NOT NULL DEFAULT false,
      created_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, person_id, phone),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id) ON DELETE CASCADE
    )`,
    `CREATE INDEX person_phones_phone ON membership.person_phones (tenant_id, phone)`,
    ...tenantTableRls('membership.person_phones'),

    `CREATE TABLE membership.custom_field_definitions (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,49}$'),
      label text NOT NULL CHECK (char_length(label) BETWEEN 1 AND 100),
      type text NOT NULL CHECK (type IN ${FIELD_TYPES}),
      options text[] NOT NULL DEFAULT '{}' CHECK (cardinality(options) <= 100),
      required boolean NOT NULL DEFAULT false,
      archived_at timestamptz(3),
      created_at timestamptz(3) NOT NULL,
      updated_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, id),
      CONSTRAINT custom_field_definitions_key_unique UNIQUE (tenant_id, key)
    )`,
    ...tenantTableRls('membership.custom_field_definitions'),

    `CREATE TABLE membership.person_demographics (
      tenant_id uuid NOT NULL,
      person_id uuid NOT NULL,
      age_range text,
      gender text,
      race_ethnicity text[],
      disability text,
      housing_situation text,
      migration_background text,
      languages text[],
      updated_at timestamptz(3) NOT NULL,
      updated_by uuid,
      PRIMARY KEY (tenant_id, person_id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id) ON DELETE CASCADE
    )`,
    ...tenantTableRls('membership.person_demographics'),

    `CREATE TABLE membership.person_notes (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      person_id uuid NOT NULL,
      author_id uuid,
      body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 10000),
      created_at timestamptz(3) NOT NULL,
      edited_at timestamptz(3),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id) ON DELETE CASCADE
    )`,
    `CREATE INDEX person_notes_timeline ON membership.person_notes (tenant_id, person_id, created_at DESC, id DESC)`,
    ...tenantTableRls('membership.person_notes'),

    `CREATE TABLE membership.person_status_changes (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      person_id uuid NOT NULL,
      from_status text CHECK (from_status IN ${STATUSES}),
      to_status text NOT NULL CHECK (to_status IN ${STATUSES}),
      changed_by uuid,
      changed_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id) ON DELETE CASCADE
    )`,
    `CREATE INDEX person_status_changes_timeline ON membership.person_status_changes (tenant_id, person_id, changed_at DESC, id DESC)`,
    ...tenantTableRls('membership.person_status_changes'),
  ];
}
