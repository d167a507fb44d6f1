import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ConsentChannel } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';
import type { HistoryCursor } from '../ladder/history-cursor';
import type { ConsentRecordRow } from './consent.mapper';

const RECORD_COLUMNS = 'id, person_id, channel, status, source, wording, recorded_at, recorded_by';

/** The append-only consent history and the current consent derived from it. */
@Injectable()
export class ConsentRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async append(row: ConsentRecordRow): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO membership.consent_records (tenant_id, id, person_id, channel, status, source, wording, recorded_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        this.context.tenantId(),
        row.id,
        row.person_id,
        row.channel,
        row.status,
        row.source,
        row.wording,
        row.recorded_at,
        row.recorded_by,
      ],
    );
  }

  /** The latest record per person and channel. */
  currentOf(personIds: string[]): Promise<ConsentRecordRow[]> {
    return this.txHost.tx.query(
      `SELECT ${RECORD_COLUMNS.split(', ')
        .map((column) => `r.${column}`)
        .join(', ')}
         FROM membership.person_consents c
         JOIN membership.consent_records r ON r.tenant_id = c.tenant_id AND r.id = c.record_id
        WHERE c.tenant_id = $1 AND c.person_id = ANY($2::uuid[])
        ORDER BY c.person_id, c.channel`,
      [this.context.tenantId(), personIds],
    );
  }

  async history(
    personId: string,
    channel: ConsentChannel | undefined,
    limit: number,
    after: HistoryCursor | undefined,
  ): Promise<{ rows: ConsentRecordRow[]; totalCount: number }> {
    const tenantId = this.context.tenantId();
    const rows: ConsentRecordRow[] = await this.txHost.tx.query(
      `SELECT ${RECORD_COLUMNS} FROM membership.consent_records
        WHERE tenant_id = $1 AND person_id = $2 AND ($3::text IS NULL OR channel = $3)
          AND ($4::timestamptz IS NULL OR (recorded_at, id) < ($4, $5::uuid))
        ORDER BY recorded_at DESC, id DESC LIMIT $6`,
      [tenantId, personId, channel ?? null, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    const count: Array<{ n: number }> = await this.txHost.tx.query(
      `SELECT count(*)::int AS n FROM membership.consent_records WHERE tenant_id = $1 AND person_id = $2 AND ($3::text IS NULL OR channel = $3)`,
      [tenantId, personId, channel ?? null],
    );
    return { rows, totalCount: count[0]!.n };
  }
}
