import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ThemeBreakdown } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';

export interface CountsRow {
  themeId: string;
  key: string | null;
  concerns: number;
  people: number;
  organizations: number;
  averageDepth: number | null;
}

/**
 * How each breakdown keys a coded concern. ORGANIZATION counts it once under each of the speaker's
 * organizations (and under null when they had none), each group counting its own organization only.
 */
const KEY: Record<ThemeBreakdown, { from: string; key: string; organizations: string }> = {
  ORGANIZATION: {
    from: 'coded r LEFT JOIN LATERAL unnest(r.organization_ids) AS k(organization_id) ON true',
    key: 'k.organization_id::text',
    organizations: `CASE WHEN k.organization_id IS NULL THEN '{}'::uuid[] ELSE ARRAY[k.organization_id] END`,
  },
  AREA: { from: 'coded r', key: 'r.area', organizations: 'r.organization_ids' },
  LANGUAGE: { from: 'coded r', key: 'r.language', organizations: 'r.organization_ids' },
  CAMPAIGN: { from: 'coded r', key: 'r.campaign_id::text', organizations: 'r.organization_ids' },
};
const NO_BREAKDOWN = { from: 'coded r', key: 'NULL::text', organizations: 'r.organization_ids' };

/**
 * Counts per theme over the concerns coded to it or to a sub-theme at any depth (by any coder, each
 * concern once): concerns, distinct speakers, distinct organizations of speakers, mean depth.
 */
@Injectable()
export class ThemeCountsRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async counts(campaignId: string | undefined, breakdown: ThemeBreakdown | undefined): Promise<CountsRow[]> {
    const grouping = breakdown ? KEY[breakdown] : NO_BREAKDOWN;
    return this.txHost.tx.query<CountsRow[]>(
      `WITH RECURSIVE closure AS (
         SELECT id AS theme_id, id AS member_id FROM listening.themes WHERE tenant_id = $1
         UNION ALL
         SELECT closure.theme_id, t.id FROM closure
         JOIN listening.themes t ON t.tenant_id = $1 AND t.parent_id = closure.member_id
       ),
       coded AS (
         SELECT DISTINCT ON (closure.theme_id, c.id) closure.theme_id, c.id AS concern_id, c.speaker_id,
           c.speaker_organization_ids AS organization_ids, c.depth, v.area, v.language, v.campaign_id
         FROM closure
         JOIN listening.codings k ON k.tenant_id = $1 AND k.theme_id = closure.member_id
         JOIN listening.concerns c ON c.tenant_id = $1 AND c.id = k.concern_id
         JOIN listening.conversations v ON v.tenant_id = $1 AND v.id = c.conversation_id
         WHERE $2::uuid IS NULL OR v.campaign_id = $2::uuid
       ),
       keyed AS (
         SELECT r.theme_id, r.speaker_id, r.depth, ${grouping.organizations} AS organization_ids,
           ${grouping.key} AS key
         FROM ${grouping.from}
       ),
       main AS (
         SELECT theme_id, key, count(*)::int AS concerns, count(DISTINCT speaker_id)::int AS people,
           avg(depth)::float8 AS average_depth
         FROM keyed GROUP BY theme_id, key
       ),
       organizations AS (
         SELECT theme_id, key, count(DISTINCT o)::int AS organizations
         FROM keyed, unnest(organization_ids) AS o GROUP BY theme_id, key
       )
       SELECT main.theme_id AS "themeId", main.key, main.concerns, main.people,
         coalesce(organizations.organizations, 0) AS organizations, main.average_depth AS "averageDepth"
       FROM main LEFT JOIN organizations
         ON organizations.theme_id = main.theme_id AND organizations.key IS NOT DISTINCT FROM main.key
       ORDER BY main.theme_id, main.concerns DESC, main.key`,
      [this.context.tenantId(), campaignId ?? null],
    );
  }
}
