import {
  CURRENT_TENANT,
  RUNTIME_ROLE,
  SystemReason,
  grantRuntimeAccess,
  outboxTableSql,
  processedEventsTableSql,
  systemReasonIn,
  tenantTableRls,
} from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES = `('OWNER', 'ADMIN', 'ORGANIZER', 'VIEWER')`;

/**
 * Accounts and tenancy: coalitions (the tenants), platform users, memberships with roles, refresh
 * sessions, invitations, API tokens and the development mailer's record, plus the service's outbox.
 *
 * Two tables have no `tenant_id` and still force row-level security:
 * - `coalitions`: a tenant sees only its own row (`id` = current tenant); sign-up and login read
 *   across tenants (slug choice, login by slug) and only sign-up inserts.
 * - `users`: a platform table (one account, many coalitions). A tenant sees the users who are its
 *   members (EXISTS on the `memberships` primary key, one index probe per row); sign-up, login and
 *   invitation acceptance find users by email, and only sign-up and acceptance insert.
 */
export class Accounts1700000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'sent_mail',
      'api_tokens',
      'invitations',
      'sessions',
      'memberships',
      'users',
      'coalitions',
      'processed_events',
      'outbox',
    ]) {
      await queryRunner.query(`DROP TABLE IF EXISTS membership.${table}`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS membership.notify_outbox()`);
  }
}

function upStatements(): string[] {
  return [
    `CREATE SCHEMA IF NOT EXISTS membership`,
    ...outboxTableSql('membership'),
    ...processedEventsTableSql('membership'),

    `CREATE TABLE membership.coalitions (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      slug text NOT NULL CONSTRAINT coalitions_slug_key UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    `ALTER TABLE membership.coalitions ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE membership.coalitions FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_isolation ON membership.coalitions USING (id = ${CURRENT_TENANT}) WITH CHECK (id = ${CURRENT_TENANT})`,
    `CREATE POLICY system_read ON membership.coalitions FOR SELECT USING (${systemReasonIn([SystemReason.SIGN_UP, SystemReason.LOGIN])})`,
    `CREATE POLICY sign_up_insert ON membership.coalitions FOR INSERT WITH CHECK (${systemReasonIn([SystemReason.SIGN_UP])})`,

    `CREATE TABLE membership.users (
      id uuid PRIMARY KEY,
      email text NOT NULL CONSTRAINT users_email_key UNIQUE CHECK (email = lower(email)),
      name text NOT NULL,
      password_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,

    `CREATE TABLE membership.memberships (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      user_id uuid NOT NULL REFERENCES membership.users (id),
      role text NOT NULL CHECK (role IN ${ROLES}),
      joined_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, user_id)
    )`,
    `CREATE INDEX memberships_joined ON membership.memberships (tenant_id, joined_at, user_id)`,
    ...tenantTableRls('membership.memberships'),

    `ALTER TABLE membership.users ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE membership.users FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY member_of_tenant ON membership.users FOR SELECT USING (
      EXISTS (SELECT 1 FROM membership.memberships m WHERE m.tenant_id = ${CURRENT_TENANT} AND m.user_id = users.id)
    )`,
    `CREATE POLICY system_read ON membership.users FOR SELECT USING (
      ${systemReasonIn([SystemReason.SIGN_UP, SystemReason.LOGIN, SystemReason.ACCEPT_INVITATION])}
    )`,
    `CREATE POLICY system_insert ON membership.users FOR INSERT WITH CHECK (
      ${systemReasonIn([SystemReason.SIGN_UP, SystemReason.ACCEPT_INVITATION])}
    )`,

    // One row per refresh token; rotation adds a row to the same family (the session the client sees).
    `CREATE TABLE membership.sessions (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      family_id uuid NOT NULL,
      user_id uuid NOT NULL REFERENCES membership.users (id),
      token_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      rotated_at timestamptz,
      revoked_at timestamptz,
      PRIMARY KEY (tenant_id, id),
      CONSTRAINT sessions_token_hash_key UNIQUE (tenant_id, token_hash)
    )`,
    `CREATE INDEX sessions_family ON membership.sessions (tenant_id, family_id)`,
    `CREATE INDEX sessions_user ON membership.sessions (tenant_id, user_id) WHERE revoked_at IS NULL`,
    ...tenantTableRls('membership.sessions'),

    `CREATE TABLE membership.invitations (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      email text NOT NULL CHECK (email = lower(email)),
      role text NOT NULL CHECK (role IN ${ROLES}),
      token_hash text NOT NULL,
      invited_by uuid REFERENCES membership.users (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      PRIMARY KEY (tenant_id, id),
      CONSTRAINT invitations_token_hash_key UNIQUE (tenant_id, token_hash)
    )`,
    `CREATE INDEX invitations_created ON membership.invitations (tenant_id, created_at)`,
    `CREATE INDEX invitations_pending_email ON membership.invitations (tenant_id, email) WHERE accepted_at IS NULL`,
    ...tenantTableRls('membership.invitations'),

    `CREATE TABLE membership.api_tokens (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      name text NOT NULL,
      prefix text NOT NULL,
      token_hash text NOT NULL,
      scopes text[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['READ', 'WRITE']),
      created_by uuid REFERENCES membership.users (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      PRIMARY KEY (tenant_id, id),
      CONSTRAINT api_tokens_prefix_key UNIQUE (tenant_id, prefix)
    )`,
    // Authentication arrives without a tenant: it finds the token by its visible prefix, then
    // compares the hash, so a prefix shared by two coalitions' tokens is harmless.
    `CREATE INDEX api_tokens_prefix ON membership.api_tokens (prefix)`,
    `CREATE INDEX api_tokens_created ON membership.api_tokens (tenant_id, created_at)`,
    ...tenantTableRls('membership.api_tokens'),
    `CREATE POLICY authenticate_api_token ON membership.api_tokens FOR SELECT USING (
      ${systemReasonIn([SystemReason.AUTHENTICATE_API_TOKEN])}
    )`,

    `CREATE TABLE membership.sent_mail (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      to_address text NOT NULL,
      subject text NOT NULL,
      body text NOT NULL,
      sent_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    )`,
    `CREATE INDEX sent_mail_sent_at ON membership.sent_mail (tenant_id, sent_at)`,
    ...tenantTableRls('membership.sent_mail'),

    ...grantRuntimeAccess('membership', RUNTIME_ROLE),
  ];
}
