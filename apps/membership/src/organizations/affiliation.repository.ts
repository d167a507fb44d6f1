import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import { isUniqueViolation } from '../database/unique-violation';
import { AffiliationEntity } from './affiliation.entity';
import { OrganizationErrors } from './organization.errors';

/** Position in an affiliation list: open ones first, then newest first. */
export interface AffiliationPosition {
  ended: boolean;
  createdAt: Date;
  id: string;
}

export interface AffiliationsQuery {
  /** Exactly one side: an organization's people or a person's organizations. */
  of: { organizationId: string } | { personId: string };
  limit: number;
  after?: AffiliationPosition;
  includeEnded: boolean;
}

const OPEN_UNIQUE_INDEX = 'affiliations_open';

const COLUMNS = `tenant_id AS "tenantId", id, organization_id AS "organizationId", person_id AS "personId", role,
  started_on::text AS "startedOn", ended_on::text AS "endedOn", created_at AS "createdAt"`;

/** Affiliations of the tenant in context, inside the current unit of work. */
@Injectable()
export class AffiliationRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async insert(affiliation: AffiliationEntity): Promise<void> {
    const a = affiliation;
    await this.txHost.tx
      .query(
        `INSERT INTO membership.affiliations (tenant_id, id, organization_id, person_id, role, started_on, ended_on, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [a.tenantId, a.id, a.organizationId, a.personId, a.role, a.startedOn, a.endedOn, a.createdAt],
      )
      .catch((error: unknown) => {
        throw isUniqueViolation(error, OPEN_UNIQUE_INDEX) ? OrganizationErrors.alreadyAffiliated() : error;
      });
  }

  async findForUpdate(id: string): Promise<AffiliationEntity | null> {
    const rows = await this.read(
      `SELECT ${COLUMNS} FROM membership.affiliations WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [this.context.tenantId(), id],
    );
    return rows[0] ?? null;
  }

  async end(affiliation: AffiliationEntity): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE membership.affiliations SET ended_on = $3 WHERE tenant_id = $1 AND id = $2`,
      [affiliation.tenantId, affiliation.id, affiliation.endedOn],
    );
  }

  async remove(affiliation: AffiliationEntity): Promise<void> {
    await this.txHost.tx.query(`DELETE FROM membership.affiliations WHERE tenant_id = $1 AND id = $2`, [
      affiliation.tenantId,
      affiliation.id,
    ]);
  }

  /** One page through `affiliations_by_organization` or `affiliations_by_person`. */
  async page(
    query: AffiliationsQuery,
  ): Promise<{ rows: AffiliationEntity[]; hasMore: boolean; totalCount: number }> {
    const [column, ownerId] =
      'organizationId' in query.of
        ? ['organization_id', query.of.organizationId]
        : ['person_id', query.of.personId];
    const filtered = `tenant_id = $1 AND ${column} = $2${query.includeEnded ? '' : ' AND ended_on IS NULL'}`;
    const parameters: unknown[] = [this.context.tenantId(), ownerId];
    const [count] = await this.txHost.tx.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM membership.affiliations WHERE ${filtered}`,
      parameters,
    );

    const pageParameters = [...parameters];
    let keyset = '';
    if (query.after) {
      pageParameters.push(query.after.ended, query.after.createdAt, query.after.id);
      keyset = ` AND ((ended_on IS NOT NULL) > $3 OR ((ended_on IS NOT NULL) = $3 AND (created_at, id) < ($4, $5::uuid)))`;
    }
    pageParameters.push(query.limit + 1);
    const rows = await this.read(
      `SELECT ${COLUMNS} FROM membership.affiliations WHERE ${filtered}${keyset}
       ORDER BY (ended_on IS NOT NULL), created_at DESC, id DESC LIMIT $${pageParameters.length}`,
      pageParameters,
    );
    return {
      rows: rows.slice(0, query.limit),
      hasMore: rows.length > query.limit,
      totalCount: count?.count ?? 0,
    };
  }

  /** Open affiliations of these people (through `affiliations_by_person`), earliest started first. */
  async currentOrganizations(personIds: string[]): Promise<Map<string, string[]>> {
    const rows = await this.txHost.tx.query<Array<{ personId: string; organizationIds: string[] }>>(
      `SELECT person_id AS "personId",
              array_agg(organization_id ORDER BY started_on NULLS LAST, created_at, id) AS "organizationIds"
       FROM membership.affiliations
       WHERE tenant_id = $1 AND person_id = ANY($2::uuid[]) AND ended_on IS NULL
       GROUP BY person_id`,
      [this.context.tenantId(), personIds],
    );
    return new Map(rows.map((row) => [row.personId, row.organizationIds]));
  }

  private async read(sql: string, parameters: unknown[]): Promise<AffiliationEntity[]> {
    const rows = await this.txHost.tx.query<Array<Partial<AffiliationEntity>>>(sql, parameters);
    return rows.map((row) => Object.assign(new AffiliationEntity(), row));
  }
}
