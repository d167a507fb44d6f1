import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { CampaignStatus } from '@groundwork/contracts';
import { TenantContext, type KeysetPosition } from '@groundwork/service-kit';
import type { Campaign } from './campaign';

const COLUMNS = `id, name, purpose, prompts, starts_on::text AS "startsOn", ends_on::text AS "endsOn", status,
  audience_segment_id AS "audienceSegmentId", listener_ids AS "listenerIds",
  json_build_object('total', goal_total, 'perListener', goal_per_listener,
    'perOrganization', goal_per_organization, 'perArea', goal_per_area) AS goals,
  created_by AS "createdBy", created_at AS "createdAt"`;

/** Listening campaigns, inside the current unit of work of the tenant in context. */
@Injectable()
export class CampaignRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /** Inserts, or writes every field over the campaign with the same id. */
  async save(campaign: Campaign): Promise<void> {
    const c = campaign;
    await this.txHost.tx.query(
      `INSERT INTO listening.campaigns (tenant_id, id, name, purpose, prompts, starts_on, ends_on, status,
         audience_segment_id, listener_ids, goal_total, goal_per_listener, goal_per_organization, goal_per_area,
         created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (tenant_id, id) DO UPDATE SET name = excluded.name, purpose = excluded.purpose,
         prompts = excluded.prompts, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
         status = excluded.status, audience_segment_id = excluded.audience_segment_id,
         listener_ids = excluded.listener_ids, goal_total = excluded.goal_total,
         goal_per_listener = excluded.goal_per_listener, goal_per_organization = excluded.goal_per_organization,
         goal_per_area = excluded.goal_per_area`,
      [
        this.context.tenantId(),
        c.id,
        c.name,
        c.purpose,
        c.prompts,
        c.startsOn,
        c.endsOn,
        c.status,
        c.audienceSegmentId,
        c.listenerIds,
        c.goals.total,
        c.goals.perListener,
        c.goals.perOrganization,
        c.goals.perArea,
        c.createdBy,
        c.createdAt,
      ],
    );
  }

  async findByIds(ids: string[], lock = false): Promise<Campaign[]> {
    return this.txHost.tx.query<Campaign[]>(
      `SELECT ${COLUMNS} FROM listening.campaigns WHERE tenant_id = $1 AND id = ANY($2::uuid[])
       ${lock ? 'FOR UPDATE' : ''}`,
      [this.context.tenantId(), ids],
    );
  }

  /** Newest first; `limit + 1` rows are read to know whether another page follows. */
  async page(
    status: CampaignStatus | undefined,
    limit: number,
    after?: KeysetPosition,
  ): Promise<{ rows: Campaign[]; totalCount: number; hasMore: boolean }> {
    const tenantId = this.context.tenantId();
    const filter = `tenant_id = $1 AND ($2::text IS NULL OR status = $2)`;
    const [{ count }] = await this.txHost.tx.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM listening.campaigns WHERE ${filter}`,
      [tenantId, status ?? null],
    );
    const rows = await this.txHost.tx.query<Campaign[]>(
      `SELECT ${COLUMNS} FROM listening.campaigns
       WHERE ${filter} AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $5`,
      [tenantId, status ?? null, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    return { rows: rows.slice(0, limit), totalCount: count, hasMore: rows.length > limit };
  }
}
