import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { ImportFieldCatalog } from './import-field-catalog';
import type { ImportJob } from './import-job';
import { ImportJobRepository } from './import-job.repository';
import { checkOptions } from './import-plan';
import { ImportRunner } from './import-runner';
import { ImportStagingRepository } from './import-staging.repository';
import { ImportErrors } from './import.errors';

/**
 * Checks every row of an uploaded file against a mapping and options, in the background (CHECKING),
 * and leaves the job UPLOADED with the summary; nothing is written to people. A new check replaces
 * one under way.
 */
@Injectable()
export class CheckImportUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: ImportJobRepository,
    private readonly staging: ImportStagingRepository,
    private readonly catalog: ImportFieldCatalog,
    private readonly runner: ImportRunner,
  ) {}

  async execute(input: MembershipRequest<'membership.import.check'>): Promise<ImportJob> {
    const job = await this.unitOfWork.run(async () => {
      const job = await this.jobs.find(input.importId, true);
      if (!job) throw ImportErrors.notFound(input.importId);
      checkOptions(job.columns, input, this.catalog);
      if (job.status !== 'UPLOADED' && job.status !== 'CHECKING')
        throw ImportErrors.wrongStatus(job.id, job.status, 'be checked');
      await this.staging.clearValues(job.id);
      const now = new Date();
      await this.jobs.update(job.id, {
        status: 'CHECKING',
        mapping: input.mapping,
        matchOn: input.matchOn,
        onMatch: input.onMatch,
        rowsValidated: 0,
        checkSummary: null,
        phaseStartedAt: now,
        phaseRowsAtStart: 0,
      });
      return (await this.jobs.find(job.id))!;
    });
    this.runner.kick();
    return job;
  }
}
