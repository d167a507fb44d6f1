import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { CodedText } from './theme-classifier';

/** The classifier learns from at most this many coded concerns, the latest ones. */
export const TRAINING_CONCERNS = 5000;

/** What suggestions learn from and what they record, inside the current unit of work. */
@Injectable()
export class SuggestionRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /** Coded concerns other than `exceptConcernId`, each with every theme any coder gave it. */
  async codedConcerns(exceptConcernId: string): Promise<CodedText[]> {
    return this.txHost.tx.query<CodedText[]>(
      `SELECT c.text, array_agg(DISTINCT k.theme_id) AS "themeIds"
       FROM listening.codings k JOIN listening.concerns c ON c.tenant_id = k.tenant_id AND c.id = k.concern_id
       WHERE k.tenant_id = $1 AND k.concern_id <> $2
       GROUP BY c.id, c.text, c.created_at ORDER BY c.created_at DESC LIMIT ${TRAINING_CONCERNS}`,
      [this.context.tenantId(), exceptConcernId],
    );
  }

  async record(
    concernId: string,
    suggestions: Array<{ themeId: string; score: number }>,
    at: Date,
  ): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO listening.theme_suggestions (tenant_id, concern_id, theme_id, score, suggested_at)
       SELECT $1, $2, s."themeId", s.score, $4 FROM jsonb_to_recordset($3::jsonb) AS s("themeId" uuid, score real)
       ON CONFLICT (tenant_id, concern_id, theme_id) DO UPDATE SET score = excluded.score`,
      [this.context.tenantId(), concernId, JSON.stringify(suggestions), at],
    );
  }

  /** Suggestions for concerns that some coder has coded since, and how many of them were taken. */
  async stats(): Promise<{ decided: number; accepted: number }> {
    const [row] = await this.txHost.tx.query<Array<{ decided: number; accepted: number }>>(
      `SELECT count(*)::int AS decided,
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM listening.codings k WHERE k.tenant_id = s.tenant_id
           AND k.concern_id = s.concern_id AND k.theme_id = s.theme_id))::int AS accepted
       FROM listening.theme_suggestions s
       WHERE s.tenant_id = $1 AND EXISTS (SELECT 1 FROM listening.concern_reviews r
         WHERE r.tenant_id = s.tenant_id AND r.concern_id = s.concern_id)`,
      [this.context.tenantId()],
    );
    return row ?? { decided: 0, accepted: 0 };
  }
}
