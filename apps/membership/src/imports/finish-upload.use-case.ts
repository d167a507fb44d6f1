import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import type { ImportJob } from './import-job';
import { ImportJobRepository } from './import-job.repository';
import { ImportStagingRepository } from './import-staging.repository';
import { ImportErrors } from './import.errors';

/**
 * Closes an upload: a refused file fails the job and drops what was staged; a file without rows
 * fails as HEADER_ONLY; otherwise the job is UPLOADED and waits for `startImport`.
 */
@Injectable()
export class FinishUploadUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: ImportJobRepository,
    private readonly staging: ImportStagingRepository,
  ) {}

  execute(input: MembershipRequest<'membership.import.finish-upload'>): Promise<ImportJob> {
    return this.unitOfWork.run(async () => {
      const job = await this.jobs.find(input.importId, true);
      if (!job) throw ImportErrors.notFound(input.importId);
      if (job.status !== 'UPLOADING') throw ImportErrors.wrongStatus(job.id, job.status, 'finish uploading');
      const stored = await this.staging.countRows(job.id);
      const failure =
        input.failure ??
        (input.rowCount === 0
          ? { reason: 'HEADER_ONLY' as const, message: 'the file has a header but no rows', line: null }
          : stored !== input.rowCount
            ? {
                reason: 'UPLOAD_INTERRUPTED' as const,
                message: `${input.rowCount} rows were sent but ${stored} arrived`,
                line: null,
              }
            : null);
      if (failure) {
        await this.staging.deleteAll(job.id);
        await this.jobs.update(job.id, { rowCount: stored, byteCount: input.byteCount });
        await this.jobs.fail(job.id, [failure]);
      } else {
        await this.jobs.update(job.id, { status: 'UPLOADED', rowCount: stored, byteCount: input.byteCount });
      }
      return (await this.jobs.find(job.id))!;
    });
  }
}
