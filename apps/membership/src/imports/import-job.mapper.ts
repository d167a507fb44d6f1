import type { ImportJobDto } from '@groundwork/contracts';
import type { ImportFieldCatalog } from './import-field-catalog';
import { RUNNING_STATUSES, UNDO_WINDOW_MS, type ImportJob } from './import-job';

export function toImportJobDto(job: ImportJob, catalog: ImportFieldCatalog, now = new Date()): ImportJobDto {
  return {
    id: job.id,
    status: job.status,
    fileName: job.fileName,
    delimiter: job.delimiter,
    columns: job.columns,
    rowCount: job.rowCount,
    byteCount: job.byteCount,
    suggestedMapping: catalog.suggest(job.columns),
    mapping: job.mapping,
    matchOn: job.matchOn,
    onMatch: job.onMatch,
    tags: job.tags,
    skipBadRows: job.skipBadRows,
    check: job.checkSummary,
    retryOf: job.retryOf,
    progress: progress(job, now),
    counts: {
      created: job.createdCount,
      updated: job.updatedCount,
      unchanged: job.unchangedCount,
      rejected: job.rejectedCount,
      merged: job.mergedCount,
    },
    errors: job.errors,
    createdBy: job.createdBy,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    undoableUntil:
      job.status === 'COMPLETED' && job.finishedAt
        ? new Date(job.finishedAt.getTime() + UNDO_WINDOW_MS).toISOString()
        : null,
    undoneAt: job.undoneAt?.toISOString() ?? null,
  };
}

/** Rows done in the current phase, its rate since the phase (re)started, and the time left at that rate. */
function progress(job: ImportJob, now: Date): ImportJobDto['progress'] {
  const [rowsDone, rowsTotal] = ((): [number, number] => {
    switch (job.status) {
      case 'CHECKING':
      case 'VALIDATING':
        return [job.rowsValidated, job.rowCount];
      case 'IMPORTING':
        return [job.rowsImported, job.rowCount];
      case 'UNDOING':
        return [job.undoChunksDone, job.chunksDone];
      case 'COMPLETED':
      case 'UNDONE':
        return [job.rowCount, job.rowCount];
      default:
        return [job.rowsImported, job.rowCount];
    }
  })();
  const running = RUNNING_STATUSES.includes(job.status);
  const seconds = job.phaseStartedAt ? (now.getTime() - job.phaseStartedAt.getTime()) / 1000 : 0;
  const rate = running && seconds > 0 ? (rowsDone - job.phaseRowsAtStart) / seconds : null;
  return {
    phase: running ? job.status : null,
    rowsDone,
    rowsTotal,
    rowsPerSecond: rate === null ? null : Math.round(rate),
    secondsLeft: rate && rate > 0 ? Math.ceil((rowsTotal - rowsDone) / rate) : null,
  };
}
