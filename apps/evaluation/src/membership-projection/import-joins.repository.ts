import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';

/** Joins counted per import and UTC day, inside the consumer's unit of work. */
@Injectable()
export class ImportJoinsRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async add(importId: string, at: string, joined: number): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO evaluation.import_joins AS j (tenant_id, import_id, day, joined)
       VALUES ($1, $2, ($3::timestamptz AT TIME ZONE 'UTC')::date, $4)
       ON CONFLICT (tenant_id, import_id, day) DO UPDATE SET joined = j.joined + EXCLUDED.joined`,
      [this.context.tenantId(), importId, at, joined],
    );
  }

  /** Takes up to `count` joins off the import, newest day first; returns what was taken per day. */
  async takeBack(importId: string, count: number): Promise<Array<{ day: string; taken: number }>> {
    const rows: Array<{ day: string; joined: number }> = await this.txHost.tx.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, joined FROM evaluation.import_joins
        WHERE tenant_id = $1 AND import_id = $2 AND joined > 0 ORDER BY day DESC FOR UPDATE`,
      [this.context.tenantId(), importId],
    );
    const taken: Array<{ day: string; taken: number }> = [];
    let left = count;
    for (const row of rows) {
      if (left === 0) break;
      const take = Math.min(left, row.joined);
      left -= take;
      taken.push({ day: row.day, taken: take });
      await this.txHost.tx.query(
        `UPDATE evaluation.import_joins SET joined = joined - $4 WHERE tenant_id = $1 AND import_id = $2 AND day = $3`,
        [this.context.tenantId(), importId, row.day, take],
      );
    }
    return taken;
  }
}
