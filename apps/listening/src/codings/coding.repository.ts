import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { Coding, Review } from './coding';

const COLUMNS = `concern_id AS "concernId", theme_id AS "themeId", coder_id AS "coderId", coded_at AS "codedAt"`;

/** Coders' reviews and codings of concerns, inside the current unit of work of the tenant in context. */
@Injectable()
export class CodingRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /** The coder's themes for the concern become exactly `themeIds`; codings kept keep their time. */
  async replace(concernId: string, coderId: string, themeIds: string[], at: Date): Promise<void> {
    const tenantId = this.context.tenantId();
    await this.txHost.tx.query(
      `INSERT INTO listening.concern_reviews (tenant_id, concern_id, coder_id, reviewed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, concern_id, coder_id) DO UPDATE SET reviewed_at = excluded.reviewed_at`,
      [tenantId, concernId, coderId, at],
    );
    await this.txHost.tx.query(
      `DELETE FROM listening.codings WHERE tenant_id = $1 AND concern_id = $2 AND coder_id = $3
         AND NOT (theme_id = ANY($4::uuid[]))`,
      [tenantId, concernId, coderId, themeIds],
    );
    await this.txHost.tx.query(
      `INSERT INTO listening.codings (tenant_id, concern_id, theme_id, coder_id, coded_at)
       SELECT $1, $2, theme_id, $3, $5 FROM unnest($4::uuid[]) AS theme_id
       ON CONFLICT DO NOTHING`,
      [tenantId, concernId, coderId, themeIds, at],
    );
  }

  async byConcerns(concernIds: string[]): Promise<Coding[]> {
    return this.txHost.tx.query<Coding[]>(
      `SELECT ${COLUMNS} FROM listening.codings WHERE tenant_id = $1 AND concern_id = ANY($2::uuid[])
       ORDER BY concern_id, coder_id, coded_at, theme_id`,
      [this.context.tenantId(), concernIds],
    );
  }

  /** Every review of a concern that at least two coders reviewed, with the themes each gave it. */
  async reviewsOfSharedConcerns(): Promise<Review[]> {
    return this.txHost.tx.query<Review[]>(
      `WITH shared AS (
         SELECT concern_id FROM listening.concern_reviews WHERE tenant_id = $1
         GROUP BY concern_id HAVING count(*) > 1
       )
       SELECT r.concern_id AS "concernId", r.coder_id AS "coderId",
         ARRAY(SELECT k.theme_id FROM listening.codings k WHERE k.tenant_id = r.tenant_id
               AND k.concern_id = r.concern_id AND k.coder_id = r.coder_id) AS "themeIds"
       FROM listening.concern_reviews r JOIN shared ON shared.concern_id = r.concern_id
       WHERE r.tenant_id = $1`,
      [this.context.tenantId()],
    );
  }
}
