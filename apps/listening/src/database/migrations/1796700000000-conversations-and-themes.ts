import {
  grantRuntimeAccess,
  processedEventsTableSql,
  serviceRole,
  tenantTableRls,
} from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = [
  'conversations',
  'conversation_participants',
  'concerns',
  'themes',
  'concern_reviews',
  'codings',
  'theme_suggestions',
];

/**
 * Conversations and their participants, the concerns heard in them, themes in a tree, each coder's
 * coding of a concern (a review row per coder and concern, so "read it and found no theme" counts for
 * agreement), and the suggestions made, for their acceptance rate. `processed_events` records the
 * membership events (one-on-ones) applied. Every table starts with tenant_id, keys include it, RLS forced.
 */
export class ListeningConversationsAndThemes1796700000000 implements MigrationInterface {
  name = 'ListeningConversationsAndThemes1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      ...processedEventsTableSql('listening'),
      `CREATE TABLE listening.conversations (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('ONE_ON_ONE', 'HOUSE_MEETING', 'DOOR_KNOCK', 'PHONE_CALL',
          'SURVEY_RESPONSE', 'FOCUS_GROUP', 'PUBLIC_FORUM', 'INTERVIEW')),
        campaign_id uuid,
        held_at timestamptz(3) NOT NULL,
        duration_minutes integer CHECK (duration_minutes BETWEEN 1 AND 1440),
        place text,
        area text,
        language text,
        listener_id uuid,
        head_count integer NOT NULL DEFAULT 0 CHECK (head_count >= 0),
        notes text,
        one_on_one_id uuid,
        recorded_by text,
        created_at timestamptz(3) NOT NULL,
        PRIMARY KEY (tenant_id, id)
      )`,
      `CREATE INDEX conversations_latest ON listening.conversations (tenant_id, held_at DESC, id DESC)`,
      `CREATE INDEX conversations_by_campaign ON listening.conversations (tenant_id, campaign_id, held_at DESC, id DESC)`,
      `CREATE UNIQUE INDEX conversations_one_on_one ON listening.conversations (tenant_id, one_on_one_id)`,
      `CREATE TABLE listening.conversation_participants (
        tenant_id uuid NOT NULL,
        conversation_id uuid NOT NULL,
        person_id uuid NOT NULL,
        position smallint NOT NULL,
        PRIMARY KEY (tenant_id, conversation_id, person_id),
        FOREIGN KEY (tenant_id, conversation_id) REFERENCES listening.conversations (tenant_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX conversation_participants_by_person ON listening.conversation_participants (tenant_id, person_id, conversation_id)`,
      `CREATE TABLE listening.concerns (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        conversation_id uuid NOT NULL,
        position integer NOT NULL,
        text text NOT NULL,
        speaker_id uuid,
        speaker_organization_ids uuid[] NOT NULL DEFAULT '{}',
        depth smallint CHECK (depth BETWEEN 1 AND 5),
        quotable boolean NOT NULL DEFAULT false,
        created_by text,
        created_at timestamptz(3) NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, conversation_id, position),
        FOREIGN KEY (tenant_id, conversation_id) REFERENCES listening.conversations (tenant_id, id) ON DELETE CASCADE
      )`,
      `CREATE INDEX concerns_latest ON listening.concerns (tenant_id, created_at DESC, id DESC)`,
      `CREATE TABLE listening.themes (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        name text NOT NULL,
        description text,
        parent_id uuid,
        created_at timestamptz(3) NOT NULL,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, parent_id) REFERENCES listening.themes (tenant_id, id),
        CHECK (parent_id IS DISTINCT FROM id)
      )`,
      `CREATE UNIQUE INDEX themes_name ON listening.themes (tenant_id, lower(name))`,
      `CREATE TABLE listening.concern_reviews (
        tenant_id uuid NOT NULL,
        concern_id uuid NOT NULL,
        coder_id text NOT NULL,
        reviewed_at timestamptz(3) NOT NULL,
        PRIMARY KEY (tenant_id, concern_id, coder_id),
        FOREIGN KEY (tenant_id, concern_id) REFERENCES listening.concerns (tenant_id, id) ON DELETE CASCADE
      )`,
      `CREATE TABLE listening.codings (
        tenant_id uuid NOT NULL,
        concern_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        coder_id text NOT NULL,
        coded_at timestamptz(3) NOT NULL,
        PRIMARY KEY (tenant_id, concern_id, theme_id, coder_id),
        FOREIGN KEY (tenant_id, concern_id, coder_id)
          REFERENCES listening.concern_reviews (tenant_id, concern_id, coder_id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, theme_id) REFERENCES listening.themes (tenant_id, id)
      )`,
      `CREATE INDEX codings_by_theme ON listening.codings (tenant_id, theme_id, concern_id)`,
      `CREATE TABLE listening.theme_suggestions (
        tenant_id uuid NOT NULL,
        concern_id uuid NOT NULL,
        theme_id uuid NOT NULL,
        score real NOT NULL,
        suggested_at timestamptz(3) NOT NULL,
        PRIMARY KEY (tenant_id, concern_id, theme_id),
        FOREIGN KEY (tenant_id, concern_id) REFERENCES listening.concerns (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, theme_id) REFERENCES listening.themes (tenant_id, id) ON DELETE CASCADE
      )`,
      ...TABLES.flatMap((table) => tenantTableRls(`listening.${table}`)),
      ...grantRuntimeAccess('listening', serviceRole('listening')),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`DROP TABLE IF EXISTS listening.${table}`);
    }
    await queryRunner.query(`DROP TABLE IF EXISTS listening.processed_events`);
  }
}
