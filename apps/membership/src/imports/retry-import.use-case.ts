import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { ImportJob } from './import-job';
import { ImportJobRepository } from './import-job.repository';
import { ImportStagingRepository } from './import-staging.repository';
import { ImportErrors } from './import.errors';

/**
 * A new import of the rows an earlier one staged, without uploading the file again: UPLOADED, with
 * the earlier mapping and options to change before it starts. For an import that failed (its rows
 * are kept, unless the file itself was refused), completed or was undone.
 */
@Injectable()
export class RetryImportUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly jobs: ImportJobRepository,
    private readonly staging: ImportStagingRepository,
  ) {}

  execute(id: string): Promise<ImportJob> {
    return this.unitOfWork.run(async () => {
      const source = await this.jobs.find(id);
      if (!source) throw ImportErrors.notFound(id);
      if (!['FAILED', 'COMPLETED', 'UNDONE'].includes(source.status))
        throw ImportErrors.wrongStatus(id, source.status, 'be retried');
      const retryId = randomUUID();
      const actor = this.context.actor();
      await this.jobs.insertRetry(id, {
        id: retryId,
        createdBy: actor?.id ?? null,
        createdByType: actor?.type ?? null,
        createdAt: new Date(),
      });
      const copied = await this.staging.copyRowsFrom(id, retryId);
      // Staging is unlogged, and a refused file's rows are dropped: what is not there cannot be retried.
      if (copied === 0 || copied !== source.rowCount) throw ImportErrors.rowsGone(id);
      return (await this.jobs.find(retryId))!;
    });
  }
}
