import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { OrganizationMembershipStatus, OrganizationType } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';
import { OrganizationEntity } from './organization.entity';

export interface OrganizationsQuery {
  /** Rows to return; the repository reads one more to learn whether another page follows. */
  limit: number;
  /** Id of the last row seen; the page continues after its current position in name order. */
  afterId?: string;
  /** Matched case-insensitively anywhere in the name. */
  search?: string;
  types?: OrganizationType[];
  statuses?: OrganizationMembershipStatus[];
  includeArchived: boolean;
}

export interface OrganizationsSlice {
  rows: OrganizationEntity[];
  hasMore: boolean;
  totalCount: number;
}

/** Dates leave Postgres as `YYYY-MM-DD` text: the driver would turn them into local-time `Date`s. */
const COLUMNS = `tenant_id AS "tenantId", id, type, name, sector, area, membership_status AS "membershipStatus",
  joined_on::text AS "joinedOn", left_on::text AS "leftOn", dues_amount_minor AS "duesAmountMinor",
  dues_currency AS "duesCurrency", dues_period AS "duesPeriod", dues_paid_until::text AS "duesPaidUntil",
  created_at AS "createdAt", updated_at AS "updatedAt", archived_at AS "archivedAt"`;

/**
 * Organizations of the tenant in context, with their contacts, inside the current unit of work.
 * Plain SQL throughout (see STYLE: TypeORM's builder costs more than these queries); every query
 * names the tenant so each index's leading `tenant_id` is used.
 */
@Injectable()
export class OrganizationRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async insert(organization: OrganizationEntity): Promise<void> {
    const o = organization;
    await this.query(
      `INSERT INTO membership.organizations (tenant_id, id, type, name, sector, area, membership_status, joined_on,
         left_on, dues_amount_minor, dues_currency, dues_period, dues_paid_until, created_at, updated_at, archived_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        o.tenantId,
        o.id,
        o.type,
        o.name,
        o.sector,
        o.area,
        o.membershipStatus,
        o.joinedOn,
        o.leftOn,
        o.duesAmountMinor,
        o.duesCurrency,
        o.duesPeriod,
        o.duesPaidUntil,
        o.createdAt,
        o.updatedAt,
        o.archivedAt,
      ],
    );
    await this.replaceContacts(o.id, o.contactPersonIds);
  }

  /** Writes every column and, when they changed, the contacts. */
  async save(organization: OrganizationEntity, contactsChanged: boolean): Promise<void> {
    const o = organization;
    await this.query(
      `UPDATE membership.organizations SET type = $3, name = $4, sector = $5, area = $6, membership_status = $7,
         joined_on = $8, left_on = $9, dues_amount_minor = $10, dues_currency = $11, dues_period = $12,
         dues_paid_until = $13, updated_at = $14, archived_at = $15
       WHERE tenant_id = $1 AND id = $2`,
      [
        o.tenantId,
        o.id,
        o.type,
        o.name,
        o.sector,
        o.area,
        o.membershipStatus,
        o.joinedOn,
        o.leftOn,
        o.duesAmountMinor,
        o.duesCurrency,
        o.duesPeriod,
        o.duesPaidUntil,
        o.updatedAt,
        o.archivedAt,
      ],
    );
    if (contactsChanged) await this.replaceContacts(o.id, o.contactPersonIds);
  }

  /** Reads an organization and locks its row until the unit of work ends, so concurrent changes queue up. */
  async findForUpdate(id: string): Promise<OrganizationEntity | null> {
    const rows = await this.read(
      `SELECT ${COLUMNS} FROM membership.organizations WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [this.context.tenantId(), id],
    );
    return rows[0] ?? null;
  }

  findByIds(ids: string[]): Promise<OrganizationEntity[]> {
    return this.read(
      `SELECT ${COLUMNS} FROM membership.organizations WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
      [this.context.tenantId(), ids],
    );
  }

  /** One page in list order (by lowercase name, then id), using the `organizations_by_name` index. */
  async page(query: OrganizationsQuery): Promise<OrganizationsSlice> {
    const filters = ['tenant_id = $1'];
    const parameters: unknown[] = [this.context.tenantId()];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      filters.push(condition(`$${parameters.length}`));
    };
    if (!query.includeArchived) filters.push('archived_at IS NULL');
    if (query.types?.length) add((p) => `type = ANY(${p}::text[])`, query.types);
    if (query.statuses?.length) add((p) => `membership_status = ANY(${p}::text[])`, query.statuses);
    if (query.search) add((p) => `name ILIKE ${p} ESCAPE '\\'`, `%${escapeLike(query.search)}%`);
    const filtered = filters.join(' AND ');

    const [count] = (await this.query(
      `SELECT count(*)::int AS count FROM membership.organizations WHERE ${filtered}`,
      parameters,
    )) as Array<{ count: number }>;

    const pageParameters = [...parameters];
    let keyset = '';
    if (query.afterId) {
      pageParameters.push(query.afterId);
      keyset = ` AND (lower(name), id) > (SELECT lower(name), id FROM membership.organizations
        WHERE tenant_id = $1 AND id = $${pageParameters.length}::uuid)`;
    }
    pageParameters.push(query.limit + 1);
    const rows = await this.read(
      `SELECT ${COLUMNS} FROM membership.organizations WHERE ${filtered}${keyset}
       ORDER BY lower(name), id LIMIT $${pageParameters.length}`,
      pageParameters,
    );
    return {
      rows: rows.slice(0, query.limit),
      hasMore: rows.length > query.limit,
      totalCount: count?.count ?? 0,
    };
  }

  private async read(sql: string, parameters: unknown[]): Promise<OrganizationEntity[]> {
    const rows = (await this.query(sql, parameters)) as Array<Partial<OrganizationEntity>>;
    const organizations = rows.map((row) => Object.assign(new OrganizationEntity(), row));
    if (organizations.length === 0) return organizations;
    const contacts = (await this.query(
      `SELECT organization_id AS "organizationId", array_agg(person_id::text ORDER BY position) AS "personIds"
       FROM membership.organization_contacts WHERE tenant_id = $1 AND organization_id = ANY($2::uuid[])
       GROUP BY organization_id`,
      [this.context.tenantId(), organizations.map((organization) => organization.id)],
    )) as Array<{ organizationId: string; personIds: string[] }>;
    const byOrganization = new Map(contacts.map((row) => [row.organizationId, row.personIds]));
    for (const organization of organizations) {
      organization.contactPersonIds = byOrganization.get(organization.id) ?? [];
    }
    return organizations;
  }

  private async replaceContacts(organizationId: string, personIds: string[]): Promise<void> {
    const tenantId = this.context.tenantId();
    await this.query(
      `DELETE FROM membership.organization_contacts WHERE tenant_id = $1 AND organization_id = $2`,
      [tenantId, organizationId],
    );
    if (personIds.length === 0) return;
    await this.query(
      `INSERT INTO membership.organization_contacts (tenant_id, organization_id, person_id, position)
       SELECT $1, $2, person_id, position FROM unnest($3::uuid[]) WITH ORDINALITY AS contact(person_id, position)`,
      [tenantId, organizationId, personIds],
    );
  }

  private query(sql: string, parameters: unknown[]): Promise<unknown> {
    return this.txHost.tx.query(sql, parameters);
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
