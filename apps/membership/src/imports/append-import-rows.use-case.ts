import { Inject, Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { ImportJobRepository } from './import-job.repository';
import { ImportStagingRepository } from './import-staging.repository';
import { ImportErrors } from './import.errors';
import { IMPORTS_CONFIG, type ImportsConfig } from './imports.config';

/** Appends one batch of parsed rows to an import that is still uploading. */
@Injectable()
export class AppendImportRowsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: ImportJobRepository,
    private readonly staging: ImportStagingRepository,
    @Inject(IMPORTS_CONFIG) private readonly config: ImportsConfig,
  ) {}

  execute(input: MembershipRequest<'membership.import.append-rows'>): Promise<number> {
    if (input.rows.some((row) => row.rowNumber > this.config.IMPORT_MAX_ROWS)) {
      throw ImportErrors.tooManyRows(this.config.IMPORT_MAX_ROWS);
    }
    return this.unitOfWork.run(async () => {
      const job = await this.jobs.find(input.importId);
      if (!job) throw ImportErrors.notFound(input.importId);
      if (job.status !== 'UPLOADING') throw ImportErrors.wrongStatus(job.id, job.status, 'take more rows');
      const stored = await this.staging.appendRows(job.id, input.rows);
      // Keeps the upload from looking abandoned.
      await this.jobs.update(job.id, {});
      return stored;
    });
  }
}
