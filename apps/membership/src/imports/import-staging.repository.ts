import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { StagedImportRow } from '@groundwork/contracts';
import { TableStatistics, TenantContext } from '@groundwork/service-kit';
import { copyRows } from './copy-rows';

export interface RawRow {
  rowNumber: number;
  line: number;
  /** JSON array of the row's cells. */
  cells: string;
  problem: string | null;
}

export interface ValueRow {
  rowNumber: number;
  line: number;
  values: Record<string, unknown> | null;
  /** A code to count rejected rows by, with `error` saying what is wrong. */
  reason: string | null;
  error: string | null;
}

export interface RejectedRow {
  rowNumber: number;
  line: number;
  reasonCode: string;
  reason: string;
  cells: string;
}

export interface ReasonCount {
  reason: string;
  rows: number;
  firstLine: number;
  firstMessage: string;
}

/**
 * The staging area: `import_rows` (the file as parsed) and `import_values` (rows as they will be
 * stored). Both are filled with COPY into a temporary table (Postgres refuses COPY FROM into a
 * table under row-level security) and one INSERT … SELECT under the policies.
 */
@Injectable()
export class ImportStagingRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
    private readonly statistics: TableStatistics,
  ) {}

  /** Appends parsed rows; rows already stored (a re-sent batch) are left alone. Returns rows added. */
  async appendRows(importId: string, rows: StagedImportRow[]): Promise<number> {
    const tx = this.txHost.tx;
    await tx.query(`CREATE TEMP TABLE IF NOT EXISTS import_rows_in (
      row_number int, line int, cells text, problem text) ON COMMIT DELETE ROWS`);
    await copyRows(
      tx,
      'import_rows_in',
      ['row_number', 'line', 'cells', 'problem'],
      rows.map((row) => [row.rowNumber, row.line, JSON.stringify(row.cells), row.problem]),
    );
    const inserted: Array<{ n: number }> = await tx.query(
      `WITH added AS (
         INSERT INTO membership.import_rows (tenant_id, import_id, row_number, line, cells, problem)
         SELECT $1, $2, row_number, line, cells, problem FROM import_rows_in
         ON CONFLICT DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM added`,
      [this.context.tenantId(), importId],
    );
    this.statistics.afterCommit(['import_rows'], { rows: inserted[0]?.n ?? 0 });
    return inserted[0]?.n ?? 0;
  }

  async countRows(importId: string): Promise<number> {
    return this.count('import_rows', importId);
  }

  async countValues(importId: string): Promise<number> {
    return this.count('import_values', importId);
  }

  /** Rows after `afterRow`, in order. */
  rawRows(importId: string, afterRow: number, limit: number): Promise<RawRow[]> {
    return this.txHost.tx.query(
      `SELECT row_number AS "rowNumber", line, cells, problem FROM membership.import_rows
        WHERE tenant_id = $1 AND import_id = $2 AND row_number > $3 ORDER BY row_number LIMIT $4`,
      [this.context.tenantId(), importId, afterRow, limit],
    );
  }

  /** Copies the parsed rows of `fromImportId` to `toImportId` (a retry), in one statement. */
  async copyRowsFrom(fromImportId: string, toImportId: string): Promise<number> {
    const copied: Array<{ n: number }> = await this.txHost.tx.query(
      `WITH added AS (
         INSERT INTO membership.import_rows (tenant_id, import_id, row_number, line, cells, problem)
         SELECT tenant_id, $3, row_number, line, cells, problem FROM membership.import_rows
          WHERE tenant_id = $1 AND import_id = $2
         RETURNING 1)
       SELECT count(*)::int AS n FROM added`,
      [this.context.tenantId(), fromImportId, toImportId],
    );
    this.statistics.afterCommit(['import_rows'], { rows: copied[0]?.n ?? 0 });
    return copied[0]?.n ?? 0;
  }

  async writeValues(importId: string, rows: ValueRow[]): Promise<void> {
    const tx = this.txHost.tx;
    await tx.query(`CREATE TEMP TABLE IF NOT EXISTS import_values_in (
      row_number int, line int, "values" jsonb, reason text, error text) ON COMMIT DELETE ROWS`);
    await copyRows(
      tx,
      'import_values_in',
      ['row_number', 'line', '"values"', 'reason', 'error'],
      rows.map((row) => [row.rowNumber, row.line, row.values, row.reason, row.error]),
    );
    await tx.query(
      `INSERT INTO membership.import_values (tenant_id, import_id, row_number, line, "values", reason, error)
       SELECT $1, $2, row_number, line, "values", reason, error FROM import_values_in ON CONFLICT DO NOTHING`,
      [this.context.tenantId(), importId],
    );
    this.statistics.afterCommit(['import_values'], { rows: rows.length });
  }

  async countRejected(importId: string): Promise<number> {
    const rows: Array<{ n: number }> = await this.txHost.tx.query(
      `SELECT count(*)::int AS n FROM membership.import_values WHERE tenant_id = $1 AND import_id = $2 AND error IS NOT NULL`,
      [this.context.tenantId(), importId],
    );
    return rows[0]?.n ?? 0;
  }

  async countMerged(importId: string): Promise<number> {
    const rows: Array<{ n: number }> = await this.txHost.tx.query(
      `SELECT count(*)::int AS n FROM membership.import_values WHERE tenant_id = $1 AND import_id = $2 AND merged_into IS NOT NULL`,
      [this.context.tenantId(), importId],
    );
    return rows[0]?.n ?? 0;
  }

  /** Rejected rows by reason, most frequent first, each with its first row's line and message. */
  reasonCounts(importId: string): Promise<ReasonCount[]> {
    return this.txHost.tx.query(
      `SELECT reason, count(*)::int AS rows,
              (array_agg(line ORDER BY row_number))[1] AS "firstLine",
              (array_agg(error ORDER BY row_number))[1] AS "firstMessage"
         FROM membership.import_values
        WHERE tenant_id = $1 AND import_id = $2 AND error IS NOT NULL
        GROUP BY reason ORDER BY count(*) DESC, reason`,
      [this.context.tenantId(), importId],
    );
  }

  /** The first rejected rows with their reasons, for the job's error list. */
  firstRejected(importId: string, limit: number): Promise<Array<{ line: number; reason: string }>> {
    return this.txHost.tx.query(
      `SELECT line, error AS reason FROM membership.import_values
        WHERE tenant_id = $1 AND import_id = $2 AND error IS NOT NULL ORDER BY row_number LIMIT $3`,
      [this.context.tenantId(), importId, limit],
    );
  }

  rejected(importId: string, afterRow: number, limit: number): Promise<RejectedRow[]> {
    return this.txHost.tx.query(
      `SELECT v.row_number AS "rowNumber", v.line, v.reason AS "reasonCode", v.error AS reason, r.cells
         FROM membership.import_values v
         JOIN membership.import_rows r ON r.tenant_id = v.tenant_id AND r.import_id = v.import_id AND r.row_number = v.row_number
        WHERE v.tenant_id = $1 AND v.import_id = $2 AND v.error IS NOT NULL AND v.row_number > $3
        ORDER BY v.row_number LIMIT $4`,
      [this.context.tenantId(), importId, afterRow, limit],
    );
  }

  /** Marks rows rejected after validation (a conflict found while importing). */
  async reject(
    importId: string,
    rows: Array<{ rowNumber: number; code: string; reason: string }>,
  ): Promise<void> {
    if (rows.length === 0) return;
    await this.txHost.tx.query(
      `UPDATE membership.import_values v SET reason = x.code, error = x.reason
         FROM unnest($3::int[], $4::text[], $5::text[]) AS x(row_number, code, reason)
        WHERE v.tenant_id = $1 AND v.import_id = $2 AND v.row_number = x.row_number`,
      [
        this.context.tenantId(),
        importId,
        rows.map((row) => row.rowNumber),
        rows.map((row) => row.code),
        rows.map((row) => row.reason),
      ],
    );
  }

  async clearValues(importId: string): Promise<void> {
    await this.txHost.tx.query(
      `DELETE FROM membership.import_values WHERE tenant_id = $1 AND import_id = $2`,
      [this.context.tenantId(), importId],
    );
  }

  async deleteAll(importId: string): Promise<void> {
    await this.clearValues(importId);
    await this.txHost.tx.query(`DELETE FROM membership.import_rows WHERE tenant_id = $1 AND import_id = $2`, [
      this.context.tenantId(),
      importId,
    ]);
  }

  private async count(table: string, importId: string): Promise<number> {
    const rows: Array<{ n: number }> = await this.txHost.tx.query(
      `SELECT count(*)::int AS n FROM membership.${table} WHERE tenant_id = $1 AND import_id = $2`,
      [this.context.tenantId(), importId],
    );
    return rows[0]?.n ?? 0;
  }
}
