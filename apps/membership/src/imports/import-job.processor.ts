import { Inject, Injectable } from '@nestjs/common';
import type { ImportCheckDto, ImportErrorDto } from '@groundwork/contracts';
import { ImportRowReason, importEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { ImportFieldCatalog } from './import-field-catalog';
import type { ImportJob } from './import-job';
import { ImportJobRepository, type ImportJobChanges } from './import-job.repository';
import { planImport, resolveMapping } from './import-plan';
import { ImportRowValidator, invalidValueReason } from './import-row.validator';
import { ImportStagingRepository, type ValueRow } from './import-staging.repository';
import { IMPORTS_CONFIG, type ImportsConfig } from './imports.config';
import { PeopleImportWriter } from './people-import.writer';

/**
 * Moves a claimed job forward one committed step at a time (a chunk of rows validated, imported or
 * undone, or a phase change), each in its own transaction that also renews the runner's lease and
 * records how far it got, so a restarted service continues from the last committed step.
 */
@Injectable()
export class ImportJobProcessor {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: ImportJobRepository,
    private readonly staging: ImportStagingRepository,
    private readonly writer: PeopleImportWriter,
    private readonly catalog: ImportFieldCatalog,
    private readonly validator: ImportRowValidator,
    private readonly outbox: OutboxWriter,
    @Inject(IMPORTS_CONFIG) private readonly config: ImportsConfig,
  ) {}

  /**
   * Before resuming: staging tables are unlogged, so a database crash empties them. A job whose
   * staged rows are gone fails with that reason rather than importing what is left.
   */
  async checkStaging(id: string): Promise<void> {
    await this.unitOfWork.run(async () => {
      const job = await this.jobs.find(id, true);
      if (!job) return;
      const [needed, found] =
        job.status === 'VALIDATING' || job.status === 'CHECKING'
          ? [job.rowCount, await this.staging.countRows(id)]
          : job.status === 'IMPORTING'
            ? [job.rowCount, await this.staging.countValues(id)]
            : [0, 0];
      if (found < needed) {
        await this.jobs.fail(id, [
          ...job.errors,
          {
            reason: 'STAGING_LOST',
            message: `the staged rows of this import were lost (the database restarted after a crash); ${job.rowsImported} rows had been imported. Undo it if needed and upload the file again`,
            line: null,
          },
        ]);
      }
    });
  }

  /** One step; false when the job has nothing more to do or is no longer this runner's. */
  step(id: string, runnerId: string): Promise<boolean> {
    return this.unitOfWork.run(async () => {
      const job = await this.jobs.find(id, true);
      if (!job || job.runnerId !== runnerId) return false;
      const lease: ImportJobChanges = {
        leaseUntil: new Date(Date.now() + this.config.IMPORT_LEASE_SECONDS * 1000),
      };
      switch (job.status) {
        case 'CHECKING':
        case 'VALIDATING':
          return this.validate(job, lease);
        case 'IMPORTING':
          return this.importChunk(job, lease);
        case 'UNDOING':
          return this.undoChunk(job, lease);
        default:
          return false;
      }
    });
  }

  async failUnexpectedly(id: string, error: unknown): Promise<void> {
    await this.unitOfWork.run(async () => {
      const job = await this.jobs.find(id, true);
      if (!job) return;
      const message = error instanceof Error ? error.message : String(error);
      await this.jobs.fail(id, [
        ...job.errors,
        {
          reason: 'INTERNAL',
          message: `the import stopped on an unexpected error after ${job.rowsImported} rows: ${message}`,
          line: null,
        },
      ]);
    });
  }

  private async validate(job: ImportJob, lease: ImportJobChanges): Promise<boolean> {
    const rows = await this.staging.rawRows(
      job.id,
      job.rowsValidated,
      this.config.IMPORT_VALIDATE_CHUNK_ROWS,
    );
    if (rows.length === 0) return this.finishValidation(job, lease);
    const mapping = resolveMapping(job.columns, job.mapping ?? [], this.catalog);
    const values: ValueRow[] = rows.map((row) => {
      if (row.problem)
        return {
          rowNumber: row.rowNumber,
          line: row.line,
          values: null,
          reason: ImportRowReason.MALFORMED_ROW,
          error: row.problem,
        };
      const { values, issues } = this.validator.validate(JSON.parse(row.cells) as string[], mapping);
      return issues.length > 0
        ? {
            rowNumber: row.rowNumber,
            line: row.line,
            values: null,
            reason: invalidValueReason(issues[0]!.field),
            error: issues.map((issue) => issue.message).join('; '),
          }
        : { rowNumber: row.rowNumber, line: row.line, values, reason: null, error: null };
    });
    await this.staging.writeValues(job.id, values);
    await this.jobs.update(job.id, { ...lease, rowsValidated: rows.at(-1)!.rowNumber });
    return true;
  }

  /**
   * All rows checked: the file-wide checks (repeats merged, conflicts rejected) and their summary.
   * A check goes back to UPLOADED with it; an import goes on to IMPORTING, or, with rejected rows
   * and `skipBadRows` off, FAILED with nothing written.
   */
  private async finishValidation(job: ImportJob, lease: ImportJobChanges): Promise<boolean> {
    await this.writer.preflight(job.id, this.plan(job));
    const check = await this.summarize(job);
    if (job.status === 'CHECKING') {
      await this.jobs.update(job.id, {
        status: 'UPLOADED',
        checkSummary: check,
        runnerId: null,
        leaseUntil: null,
      });
      return false;
    }
    const quoted: ImportErrorDto[] = check.reasons.map((reason) => ({
      reason: reason.reason,
      message: `${reason.rows} ${reason.rows === 1 ? 'row' : 'rows'} like this: ${reason.firstMessage}`,
      line: reason.firstLine,
    }));
    if (check.rejected > 0 && !job.skipBadRows) {
      await this.jobs.update(job.id, {
        rejectedCount: check.rejected,
        mergedCount: check.merged,
        checkSummary: check,
      });
      await this.jobs.fail(job.id, [
        {
          reason: 'ROWS_REJECTED',
          message: `${check.rejected} of ${job.rowCount} rows cannot be imported, so nothing was imported. Download the rejected rows and fix them, or retry the import leaving them out`,
          line: null,
        },
        ...quoted,
      ]);
      return false;
    }
    await this.jobs.update(job.id, {
      ...lease,
      status: 'IMPORTING',
      checkSummary: check,
      rejectedCount: check.rejected,
      mergedCount: check.merged,
      errors: quoted,
      rowsImported: 0,
      phaseStartedAt: new Date(),
      phaseRowsAtStart: 0,
    });
    return true;
  }

  private async summarize(job: ImportJob): Promise<ImportCheckDto> {
    const reasons = await this.staging.reasonCounts(job.id);
    const rejected = reasons.reduce((sum, reason) => sum + reason.rows, 0);
    const merged = await this.staging.countMerged(job.id);
    return {
      mapping: job.mapping ?? [],
      matchOn: job.matchOn ?? 'EMAIL',
      onMatch: job.onMatch ?? 'SKIP',
      people: job.rowCount - rejected - merged,
      merged,
      rejected,
      reasons,
      checkedAt: new Date().toISOString(),
    };
  }

  private async importChunk(job: ImportJob, lease: ImportJobChanges): Promise<boolean> {
    const from = job.rowsImported;
    if (from >= job.rowCount) {
      const completedAt = new Date();
      await this.jobs.update(job.id, {
        status: 'COMPLETED',
        finishedAt: completedAt,
        runnerId: null,
        leaseUntil: null,
      });
      await this.outbox.append(importEvents.importCompleted, {
        importId: job.id,
        created: job.createdCount,
        updated: job.updatedCount,
        unchanged: job.unchangedCount,
        merged: job.mergedCount,
        rejected: job.rejectedCount,
        completedAt: completedAt.toISOString(),
      });
      return false;
    }
    const to = Math.min(from + this.config.IMPORT_CHUNK_ROWS, job.rowCount);
    const chunk = job.chunksDone + 1;
    const result = await this.writer.importChunk(job.id, this.plan(job), chunk, from, to);
    await this.staging.reject(job.id, result.rejectedRows);
    await this.jobs.addCounts(job.id, result);
    await this.jobs.update(job.id, { ...lease, rowsImported: to, chunksDone: chunk });
    await this.outbox.append(importEvents.peopleImported, {
      importId: job.id,
      chunk,
      firstRow: from + 1,
      lastRow: to,
      created: result.created,
      updated: result.updated,
    });
    return true;
  }

  /** Chunks are undone newest first, so a person an import touched twice ends as before the first. */
  private async undoChunk(job: ImportJob, lease: ImportJobChanges): Promise<boolean> {
    const chunk = job.chunksDone - job.undoChunksDone;
    if (chunk <= 0) {
      const undoneAt = new Date();
      await this.jobs.update(job.id, { status: 'UNDONE', undoneAt, runnerId: null, leaseUntil: null });
      await this.outbox.append(importEvents.importUndone, {
        importId: job.id,
        removed: job.createdCount,
        restored: job.updatedCount,
        undoneAt: undoneAt.toISOString(),
      });
      return false;
    }
    await this.writer.undoChunk(job.id, this.plan(job), chunk);
    await this.jobs.update(job.id, { ...lease, undoChunksDone: job.undoChunksDone + 1 });
    return true;
  }

  private plan(job: ImportJob) {
    return planImport(job, this.catalog, this.catalog.peopleColumns);
  }
}
