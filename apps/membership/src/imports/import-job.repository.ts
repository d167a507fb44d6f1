import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ImportErrorDto } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';
import { IMPORT_JOB_COLUMNS, type ImportJob } from './import-job';

/** Columns of `import_jobs` a use case may set, by property. */
const SETTABLE = {
  status: 'status',
  rowCount: 'row_count',
  byteCount: 'byte_count',
  mapping: 'mapping',
  matchOn: 'match_on',
  onMatch: 'on_match',
  tags: 'tags',
  skipBadRows: 'skip_bad_rows',
  checkSummary: 'check_summary',
  mergedCount: 'merged_count',
  rowsValidated: 'rows_validated',
  rowsImported: 'rows_imported',
  chunksDone: 'chunks_done',
  undoChunksDone: 'undo_chunks_done',
  rejectedCount: 'rejected_count',
  errors: 'errors',
  phaseStartedAt: 'phase_started_at',
  phaseRowsAtStart: 'phase_rows_at_start',
  runnerId: 'runner_id',
  leaseUntil: 'lease_until',
  startedAt: 'started_at',
  finishedAt: 'finished_at',
  undoneAt: 'undone_at',
} as const satisfies Partial<Record<keyof ImportJob, string>>;
export type ImportJobChanges = Partial<Pick<ImportJob, keyof typeof SETTABLE>>;

const JSON_COLUMNS = new Set(['mapping', 'errors', 'check_summary']);

/** Import jobs of the tenant in context, in plain SQL inside the current unit of work. */
@Injectable()
export class ImportJobRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async insert(
    job: Pick<
      ImportJob,
      'id' | 'status' | 'fileName' | 'delimiter' | 'columns' | 'createdBy' | 'createdByType' | 'createdAt'
    >,
  ): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO membership.import_jobs (tenant_id, id, status, file_name, delimiter, columns, created_by, created_by_type, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
      [
        this.context.tenantId(),
        job.id,
        job.status,
        job.fileName,
        job.delimiter,
        job.columns,
        job.createdBy,
        job.createdByType,
        job.createdAt,
      ],
    );
  }

  /**
   * A new UPLOADED job over the same file as `sourceId`, with its mapping and options to start from;
   * the caller copies the staged rows.
   */
  async insertRetry(
    sourceId: string,
    job: Pick<ImportJob, 'id' | 'createdBy' | 'createdByType' | 'createdAt'>,
  ): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO membership.import_jobs (tenant_id, id, status, file_name, delimiter, columns, row_count, byte_count,
              mapping, match_on, on_match, tags, skip_bad_rows, retry_of, created_by, created_by_type, created_at, updated_at)
       SELECT tenant_id, $3, 'UPLOADED', file_name, delimiter, columns, row_count, byte_count,
              mapping, match_on, on_match, tags, skip_bad_rows, id, $4, $5, $6, $6
         FROM membership.import_jobs WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), sourceId, job.id, job.createdBy, job.createdByType, job.createdAt],
    );
  }

  async find(id: string, lock = false): Promise<ImportJob | null> {
    const rows: ImportJob[] = await this.txHost.tx.query(
      `SELECT ${IMPORT_JOB_COLUMNS} FROM membership.import_jobs WHERE tenant_id = $1 AND id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [this.context.tenantId(), id],
    );
    return rows[0] ?? null;
  }

  /** Newest first, keyset on `(created_at, id)`. */
  async page(
    limit: number,
    after?: { createdAt: Date; id: string },
  ): Promise<{ rows: ImportJob[]; totalCount: number }> {
    const tenantId = this.context.tenantId();
    const rows: ImportJob[] = await this.txHost.tx.query(
      `SELECT ${IMPORT_JOB_COLUMNS} FROM membership.import_jobs
        WHERE tenant_id = $1 ${after ? 'AND (created_at, id) < ($3, $4)' : ''}
        ORDER BY created_at DESC, id DESC LIMIT $2`,
      after ? [tenantId, limit, after.createdAt, after.id] : [tenantId, limit],
    );
    const [count] = await this.txHost.tx.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM membership.import_jobs WHERE tenant_id = $1`,
      [tenantId],
    );
    return { rows, totalCount: count?.n ?? 0 };
  }

  async update(id: string, changes: ImportJobChanges): Promise<void> {
    const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
    const assignments = entries.map(([key], index) => {
      const column = SETTABLE[key as keyof typeof SETTABLE];
      return JSON_COLUMNS.has(column) ? `${column} = $${index + 3}::jsonb` : `${column} = $${index + 3}`;
    });
    const values = entries.map(([key, value]) =>
      JSON_COLUMNS.has(SETTABLE[key as keyof typeof SETTABLE]) ? JSON.stringify(value) : value,
    );
    await this.txHost.tx.query(
      `UPDATE membership.import_jobs SET ${[...assignments, 'updated_at = now()'].join(', ')} WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), id, ...values],
    );
  }

  /** Adds the results of one committed chunk to the job's counts. */
  async addCounts(
    id: string,
    counts: { created: number; updated: number; unchanged: number; rejected: number },
  ): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE membership.import_jobs SET created_count = created_count + $3, updated_count = updated_count + $4,
              unchanged_count = unchanged_count + $5, rejected_count = rejected_count + $6, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), id, counts.created, counts.updated, counts.unchanged, counts.rejected],
    );
  }

  async fail(id: string, errors: ImportErrorDto[]): Promise<void> {
    await this.update(id, {
      status: 'FAILED',
      errors,
      finishedAt: new Date(),
      runnerId: null,
      leaseUntil: null,
    });
  }

  /** Takes the job for `runnerId` unless another live runner holds it; true when taken. */
  async claim(id: string, runnerId: string, leaseSeconds: number): Promise<boolean> {
    const rows: unknown[] = await this.txHost.tx.query(
      `UPDATE membership.import_jobs SET runner_id = $3, lease_until = now() + make_interval(secs => $4)
        WHERE tenant_id = $1 AND id = $2 AND status IN ('CHECKING', 'VALIDATING', 'IMPORTING', 'UNDOING')
          AND (runner_id IS NULL OR runner_id = $3 OR lease_until < now())
        RETURNING id`,
      [this.context.tenantId(), id, runnerId, leaseSeconds],
    );
    return rows.length > 0;
  }

  async release(id: string, runnerId: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE membership.import_jobs SET runner_id = NULL, lease_until = NULL WHERE tenant_id = $1 AND id = $2 AND runner_id = $3`,
      [this.context.tenantId(), id, runnerId],
    );
  }
}
