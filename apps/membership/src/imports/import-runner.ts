import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ActorType, type Actor } from '@groundwork/contracts';
import { SystemReason, TableStatistics, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { RefreshDuplicatesUseCase } from '../duplicates/refresh-duplicates.use-case';
import { ImportJobProcessor } from './import-job.processor';
import { ImportJobRepository } from './import-job.repository';
import { IMPORTS_CONFIG, type ImportsConfig } from './imports.config';
import { IMPORTED_TABLES } from './people-import.writer';

interface PendingJob {
  tenantId: string;
  id: string;
  status: string;
  createdBy: string | null;
  createdByType: string | null;
}

/**
 * Runs imports in the background, one at a time per instance. Started jobs are picked up at once
 * (`kick`); on start-up and every few seconds it also looks for jobs whose runner stopped (lease
 * released on a clean shutdown, or expired after a crash) and resumes them from their last
 * committed step. Uploads idle for too long are failed as interrupted. On shutdown it finishes the
 * step under way and releases its job.
 */
@Injectable()
export class ImportRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ImportRunner.name);
  private readonly runnerId = randomUUID();
  private stopping = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private kicked = false;

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly jobs: ImportJobRepository,
    private readonly processor: ImportJobProcessor,
    private readonly refreshDuplicates: RefreshDuplicatesUseCase,
    private readonly statistics: TableStatistics,
    @Inject(IMPORTS_CONFIG) private readonly config: ImportsConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
  }

  /** Looks for work now rather than at the next poll. */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      this.kicked = false;
      try {
        for (const job of await this.pendingJobs()) {
          if (this.stopping) break;
          await this.inTenant(job, () => this.work(job));
        }
      } catch (error) {
        this.logger.error({ msg: 'import runner sweep failed', err: error });
      }
      if (!this.stopping && !this.kicked) await this.sleep(this.config.IMPORT_POLL_SECONDS * 1000);
    }
  }

  private async work(job: PendingJob): Promise<void> {
    if (job.status === 'UPLOADING') {
      await this.unitOfWork.run(() =>
        this.jobs.fail(job.id, [
          {
            reason: 'UPLOAD_INTERRUPTED',
            message: 'the upload stopped before the file ended; upload it again',
            line: null,
          },
        ]),
      );
      return;
    }
    const claimed = await this.unitOfWork.run(() =>
      this.jobs.claim(job.id, this.runnerId, this.config.IMPORT_LEASE_SECONDS),
    );
    if (!claimed) return;
    try {
      await this.processor.checkStaging(job.id);
      while (!this.stopping && (await this.processor.step(job.id, this.runnerId)));
      await this.refreshDuplicatesAfter(job.id);
    } catch (error) {
      this.logger.error({ msg: `import ${job.id} failed`, err: error });
      await this.processor.failUnexpectedly(job.id, error).catch(() => undefined);
    } finally {
      await this.unitOfWork.run(() => this.jobs.release(job.id, this.runnerId)).catch(() => undefined);
    }
  }

  /**
   * Once an import (or its undo) is done, the duplicates review queue is brought up to date for the
   * coalition, on fresh statistics: planned on the coalition's size before the import, the duplicates
   * pass can walk every person for each block. Best effort: the import stands if this fails, and the
   * queue can be refreshed by hand.
   */
  private async refreshDuplicatesAfter(id: string): Promise<void> {
    const job = await this.unitOfWork.run(() => this.jobs.find(id, false));
    if (!job || !['COMPLETED', 'UNDONE'].includes(job.status)) return;
    await this.statistics.now(IMPORTED_TABLES).catch((error: unknown) => {
      this.logger.error({ msg: `refreshing statistics after import ${id} failed`, err: error });
    });
    await this.refreshDuplicates.execute().catch((error: unknown) => {
      this.logger.error({ msg: `refreshing duplicates after import ${id} failed`, err: error });
    });
  }

  /** Jobs to run (not held by a live runner) and uploads gone quiet, across coalitions. */
  private pendingJobs(): Promise<PendingJob[]> {
    // The one no-tenant read: which coalitions have unfinished imports (the `import_runner_read` policy).
    return this.unitOfWork.runAsSystem(SystemReason.IMPORT_RUNNER, () =>
      this.txHost.tx.query(
        `SELECT tenant_id AS "tenantId", id, status, created_by AS "createdBy", created_by_type AS "createdByType"
           FROM membership.import_jobs
          WHERE (status IN ('CHECKING', 'VALIDATING', 'IMPORTING', 'UNDOING') AND (runner_id IS NULL OR runner_id = $1 OR lease_until < now()))
             OR (status = 'UPLOADING' AND updated_at < now() - make_interval(secs => $2))
          ORDER BY updated_at`,
        [this.runnerId, this.config.IMPORT_UPLOAD_IDLE_SECONDS],
      ),
    );
  }

  private inTenant(job: PendingJob, fn: () => Promise<void>): Promise<void> {
    const actor: Actor | null =
      job.createdBy && (job.createdByType === ActorType.USER || job.createdByType === ActorType.API_TOKEN)
        ? { id: job.createdBy, type: job.createdByType }
        : null;
    return this.context.run({ tenantId: job.tenantId, actor, correlationId: `import-${job.id}` }, fn);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
