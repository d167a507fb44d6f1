import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { HistoryCursor } from './history-cursor';
import type { AssessmentRow } from './ladder.mapper';

/** The coalition's 1–5 scale labels and people's assessments against it (append-only history). */
@Injectable()
export class AssessmentRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  scale(): Promise<Array<{ score: number; label: string; description: string }>> {
    return this.txHost.tx.query(
      `SELECT score, label, description FROM membership.assessment_scale WHERE tenant_id = $1 ORDER BY score`,
      [this.context.tenantId()],
    );
  }

  /** Sets the labels named; scores left out keep theirs. */
  async setLabels(labels: Array<{ score: number; label: string; description: string }>): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO membership.assessment_scale (tenant_id, score, label, description)
       SELECT $1, l.score, l.label, l.description
         FROM jsonb_to_recordset($2::jsonb) AS l (score smallint, label text, description text)
       ON CONFLICT (tenant_id, score) DO UPDATE SET label = excluded.label, description = excluded.description`,
      [this.context.tenantId(), JSON.stringify(labels)],
    );
  }

  async insert(row: AssessmentRow): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO membership.person_assessments (tenant_id, id, person_id, score, notes, assessed_by, assessed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        this.context.tenantId(),
        row.id,
        row.person_id,
        row.score,
        row.notes,
        row.assessed_by,
        row.assessed_at,
      ],
    );
  }

  async history(
    personId: string,
    limit: number,
    after: HistoryCursor | undefined,
  ): Promise<{ rows: AssessmentRow[]; totalCount: number }> {
    const tenantId = this.context.tenantId();
    const rows: AssessmentRow[] = await this.txHost.tx.query(
      `SELECT id, person_id, score, notes, assessed_by, assessed_at FROM membership.person_assessments
        WHERE tenant_id = $1 AND person_id = $2 AND ($3::timestamptz IS NULL OR (assessed_at, id) < ($3, $4::uuid))
        ORDER BY assessed_at DESC, id DESC LIMIT $5`,
      [tenantId, personId, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    const count: Array<{ n: number }> = await this.txHost.tx.query(
      `SELECT count(*)::int AS n FROM membership.person_assessments WHERE tenant_id = $1 AND person_id = $2`,
      [tenantId, personId],
    );
    return { rows, totalCount: count[0]!.n };
  }
}
