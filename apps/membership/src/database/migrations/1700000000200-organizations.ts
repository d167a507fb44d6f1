import { tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Member organizations, their contacts (people of the coalition) and affiliations person ↔
 * organization. Indexes:
 * - `organizations_by_name`: the list order (alphabetical, case-insensitive) within a tenant, for
 *   keyset pages. Name search is an ILIKE, which is not LEAKPROOF, so under row-level security it
 *   filters the coalition's rows read through this index (coalitions have hundreds of organizations,
 *   not millions);
 * - `affiliations_open`: at most one open affiliation per person and organization; an ended one
 *   stays as history and the person may be affiliated again;
 * - `affiliations_by_organization` / `affiliations_by_person`: "an organization's people" and a
 *   person's organizations, open ones first, newest first.
 * Contacts and affiliations reference people with the tenant in the key, so they can only point at
 * people of the same coalition; deleting a person (erasure) deletes them.
 */
export class Organizations1700000000200 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['affiliations', 'organization_contacts', 'organizations']) {
      await queryRunner.query(`DROP TABLE IF EXISTS membership.${table}`);
    }
  }
}

function upStatements(): string[] {
  return [
    `CREATE TABLE membership.organizations (
      tenant_id uuid NOT NULL REFERENCES membership.coalitions (id),
      id uuid NOT NULL,
      type text NOT NULL CHECK (type IN ('TENANT_ASSOCIATION', 'UNION', 'CONGREGATION', 'NGO', 'SCHOOL', 'BUSINESS', 'PUBLIC_AGENCY', 'OTHER')),
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
      sector text CHECK (char_length(sector) <= 100),
      area text CHECK (char_length(area) <= 100),
      membership_status text NOT NULL CHECK (membership_status IN ('PROSPECT', 'MEMBER', 'LAPSED', 'FORMER')),
      joined_on date,
      left_on date CHECK (left_on >= joined_on),
      dues_amount_minor integer CHECK (dues_amount_minor >= 0),
      dues_currency text CHECK (dues_currency ~ '^[A-Z]{3}$'),
      dues_period text CHECK (dues_period IN ('MONTHLY', 'QUARTERLY', 'YEARLY')),
      dues_paid_until date,
      created_at timestamptz(3) NOT NULL,
      updated_at timestamptz(3) NOT NULL,
      archived_at timestamptz(3),
      PRIMARY KEY (tenant_id, id),
      CONSTRAINT organizations_dues_complete CHECK (
        (dues_amount_minor IS NULL) = (dues_currency IS NULL) AND (dues_currency IS NULL) = (dues_period IS NULL)
        AND (dues_paid_until IS NULL OR dues_amount_minor IS NOT NULL)
      )
    )`,
    `CREATE INDEX organizations_by_name ON membership.organizations (tenant_id, lower(name), id) INCLUDE (archived_at)`,
    ...tenantTableRls('membership.organizations'),

    `CREATE TABLE membership.organization_contacts (
      tenant_id uuid NOT NULL,
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      position smallint NOT NULL,
      PRIMARY KEY (tenant_id, organization_id, person_id),
      FOREIGN KEY (tenant_id, organization_id) REFERENCES membership.organizations (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id) ON DELETE CASCADE
    )`,
    `CREATE INDEX organization_contacts_person ON membership.organization_contacts (tenant_id, person_id)`,
    ...tenantTableRls('membership.organization_contacts'),

    `CREATE TABLE membership.affiliations (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      role text CHECK (char_length(role) <= 100),
      started_on date,
      ended_on date CHECK (ended_on >= started_on),
      created_at timestamptz(3) NOT NULL,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, organization_id) REFERENCES membership.organizations (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, person_id) REFERENCES membership.people (tenant_id, id) ON DELETE CASCADE
    )`,
    `CREATE UNIQUE INDEX affiliations_open ON membership.affiliations (tenant_id, organization_id, person_id)
      WHERE ended_on IS NULL`,
    `CREATE INDEX affiliations_by_organization ON membership.affiliations
      (tenant_id, organization_id, (ended_on IS NOT NULL), created_at DESC, id DESC)`,
    `CREATE INDEX affiliations_by_person ON membership.affiliations
      (tenant_id, person_id, (ended_on IS NOT NULL), created_at DESC, id DESC)`,
    ...tenantTableRls('membership.affiliations'),
  ];
}
