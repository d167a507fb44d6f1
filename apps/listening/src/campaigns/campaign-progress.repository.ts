import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';

/** Conversations of a campaign counted per goal's unit, in one statement each. */
@Injectable()
export class CampaignProgressRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async total(campaignId: string): Promise<number> {
    const [row] = await this.txHost.tx.query<Array<{ held: number }>>(
      `SELECT count(*)::int AS held FROM listening.conversations WHERE tenant_id = $1 AND campaign_id = $2`,
      [this.context.tenantId(), campaignId],
    );
    return row?.held ?? 0;
  }

  async byListener(campaignId: string): Promise<Array<{ listenerId: string; held: number }>> {
    return this.txHost.tx.query(
      `SELECT listener_id AS "listenerId", count(*)::int AS held FROM listening.conversations
       WHERE tenant_id = $1 AND campaign_id = $2 AND listener_id IS NOT NULL GROUP BY listener_id`,
      [this.context.tenantId(), campaignId],
    );
  }

  /** A conversation counts once for each organization whose people spoke in it. */
  async byOrganization(campaignId: string): Promise<Array<{ organizationId: string; held: number }>> {
    return this.txHost.tx.query(
      `SELECT o AS "organizationId", count(DISTINCT v.id)::int AS held
       FROM listening.conversations v
       JOIN listening.concerns c ON c.tenant_id = v.tenant_id AND c.conversation_id = v.id
       CROSS JOIN LATERAL unnest(c.speaker_organization_ids) AS o
       WHERE v.tenant_id = $1 AND v.campaign_id = $2
       GROUP BY o ORDER BY held DESC, o`,
      [this.context.tenantId(), campaignId],
    );
  }

  async byArea(campaignId: string): Promise<Array<{ area: string | null; held: number }>> {
    return this.txHost.tx.query(
      `SELECT area, count(*)::int AS held FROM listening.conversations
       WHERE tenant_id = $1 AND campaign_id = $2 GROUP BY area ORDER BY held DESC, area`,
      [this.context.tenantId(), campaignId],
    );
  }
}
