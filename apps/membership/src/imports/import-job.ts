import type {
  ImportCheckDto,
  ImportColumnMapping,
  ImportErrorDto,
  ImportMatchOn,
  ImportOnMatch,
  ImportStatus,
} from '@groundwork/contracts';

/** One import as stored in `import_jobs`, read through {@link IMPORT_JOB_COLUMNS}. */
export interface ImportJob {
  tenantId: string;
  id: string;
  status: ImportStatus;
  fileName: string | null;
  delimiter: string | null;
  columns: string[];
  rowCount: number;
  byteCount: number;
  mapping: ImportColumnMapping[] | null;
  matchOn: ImportMatchOn | null;
  onMatch: ImportOnMatch | null;
  tags: string[];
  skipBadRows: boolean;
  checkSummary: ImportCheckDto | null;
  retryOf: string | null;
  mergedCount: number;
  rowsValidated: number;
  rowsImported: number;
  chunksDone: number;
  undoChunksDone: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  rejectedCount: number;
  errors: ImportErrorDto[];
  phaseStartedAt: Date | null;
  phaseRowsAtStart: number;
  runnerId: string | null;
  leaseUntil: Date | null;
  createdBy: string | null;
  createdByType: string | null;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  undoneAt: Date | null;
}

export const IMPORT_JOB_COLUMNS = `tenant_id AS "tenantId", id, status, file_name AS "fileName", delimiter, columns,
  row_count AS "rowCount", byte_count::float8 AS "byteCount", mapping, match_on AS "matchOn", on_match AS "onMatch",
  tags, skip_bad_rows AS "skipBadRows", check_summary AS "checkSummary", retry_of AS "retryOf", merged_count AS "mergedCount",
  rows_validated AS "rowsValidated", rows_imported AS "rowsImported",
  chunks_done AS "chunksDone", undo_chunks_done AS "undoChunksDone", created_count AS "createdCount",
  updated_count AS "updatedCount", unchanged_count AS "unchangedCount", rejected_count AS "rejectedCount", errors,
  phase_started_at AS "phaseStartedAt", phase_rows_at_start AS "phaseRowsAtStart", runner_id AS "runnerId",
  lease_until AS "leaseUntil", created_by AS "createdBy", created_by_type AS "createdByType", created_at AS "createdAt", updated_at AS "updatedAt",
  started_at AS "startedAt", finished_at AS "finishedAt", undone_at AS "undoneAt"`;

/** Statuses the background runner works on. */
export const RUNNING_STATUSES: ImportStatus[] = ['CHECKING', 'VALIDATING', 'IMPORTING', 'UNDOING'];

export const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;
