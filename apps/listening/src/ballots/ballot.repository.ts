import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { StoredBallot } from './stored-ballot';

export interface StoredBallotRow extends StoredBallot {
  count: number;
}

const BATCH_ROWS = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Voters' ballots and paper ballot lines, inside the current unit of work of the tenant in context. */
@Injectable()
export class BallotRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /** The voter's ballot in the round, replacing any earlier one; whether it replaced one. */
  async upsertVoterBallot(
    roundId: string,
    voterId: string,
    ballot: StoredBallot,
    castBy: string | null,
    castAt: Date,
  ): Promise<{ id: string; replaced: boolean }> {
    const rows = await this.txHost.tx.query<Array<{ id: string; replaced: boolean }>>(
      `INSERT INTO listening.ballots (tenant_id, id, round_id, voter_id, cast_by, cast_at, choices, amounts, position, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7::smallint[], $8::integer[], $9, $10)
       ON CONFLICT (tenant_id, round_id, voter_id) DO UPDATE SET
         cast_by = EXCLUDED.cast_by, cast_at = EXCLUDED.cast_at, choices = EXCLUDED.choices,
         amounts = EXCLUDED.amounts, position = EXCLUDED.position, reason = EXCLUDED.reason
       RETURNING id, (xmax <> 0) AS replaced`,
      [
        this.context.tenantId(),
        randomUUID(),
        roundId,
        voterId,
        castBy,
        castAt,
        ballot.choices,
        ballot.amounts,
        ballot.position,
        ballot.reason,
      ],
    );
    return rows[0]!;
  }

  /** Paper ballot lines in one statement. */
  async insertPaperLines(
    roundId: string,
    lines: Array<StoredBallot & { count: number }>,
    recordedBy: string | null,
    recordedAt: Date,
  ): Promise<void> {
    const records = lines.map((line) => ({ id: randomUUID(), ...line }));
    await this.txHost.tx.query(
      `INSERT INTO listening.paper_ballot_lines (tenant_id, id, round_id, count, choices, amounts, position, reason, recorded_by, recorded_at)
       SELECT $1, l.id, $2, l.count, l.choices, l.amounts, l.position, l.reason, $4, $5
       FROM jsonb_to_recordset($3::jsonb) AS l(id uuid, count integer, choices smallint[], amounts integer[], position text, reason text)`,
      [this.context.tenantId(), roundId, JSON.stringify(records), recordedBy, recordedAt],
    );
  }

  /**
   * Every ballot of the round, voters' (count 1) and paper lines, handed over in batches through a
   * server-side cursor, so a count holds one batch of rows at a time, never the round's ballots.
   */
  async forEachBatch(roundId: string, onBatch: (rows: StoredBallotRow[]) => void): Promise<void> {
    const tx = this.txHost.tx;
    const cursor = `ballots_${randomUUID().replace(/-/g, '')}`;
    const tenantId = this.context.tenantId();
    // DECLARE takes no bind parameters; both ids are checked to be UUIDs before they enter the SQL.
    for (const id of [tenantId, roundId]) if (!UUID.test(id)) throw new Error(`not a UUID: ${id}`);
    await tx.query(
      `DECLARE ${cursor} NO SCROLL CURSOR FOR
         SELECT choices, amounts, position, reason, 1 AS count FROM listening.ballots WHERE tenant_id = '${tenantId}' AND round_id = '${roundId}'
         UNION ALL
         SELECT choices, amounts, position, reason, count FROM listening.paper_ballot_lines WHERE tenant_id = '${tenantId}' AND round_id = '${roundId}'`,
    );
    for (;;) {
      const rows = await tx.query<StoredBallotRow[]>(`FETCH ${BATCH_ROWS} FROM ${cursor}`);
      if (rows.length > 0) onBatch(rows);
      if (rows.length < BATCH_ROWS) break;
    }
    await tx.query(`CLOSE ${cursor}`);
  }
}
