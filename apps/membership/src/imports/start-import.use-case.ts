import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { ImportFieldCatalog } from './import-field-catalog';
import type { ImportJob } from './import-job';
import { ImportJobRepository } from './import-job.repository';
import { checkOptions, checkedWith } from './import-plan';
import { ImportRunner } from './import-runner';
import { ImportStagingRepository } from './import-staging.repository';
import { ImportErrors } from './import.errors';

/**
 * Starts an uploaded import with its mapping and options; the runner does the work in the
 * background. After a finished check with the same mapping and options, the rows are not checked
 * again: the runner goes straight to the file-wide checks, which look at people as they are now.
 */
@Injectable()
export class StartImportUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: ImportJobRepository,
    private readonly staging: ImportStagingRepository,
    private readonly catalog: ImportFieldCatalog,
    private readonly runner: ImportRunner,
  ) {}

  async execute(input: MembershipRequest<'membership.import.start'>): Promise<ImportJob> {
    const job = await this.unitOfWork.run(async () => {
      const job = await this.jobs.find(input.importId, true);
      if (!job) throw ImportErrors.notFound(input.importId);
      checkOptions(job.columns, input, this.catalog);
      if (job.status !== 'UPLOADED' && job.status !== 'CHECKING')
        throw ImportErrors.wrongStatus(job.id, job.status, 'be started');
      const checked = job.status === 'UPLOADED' && checkedWith(job, input);
      if (!checked) await this.staging.clearValues(job.id);
      const now = new Date();
      await this.jobs.update(job.id, {
        status: 'VALIDATING',
        mapping: input.mapping,
        matchOn: input.matchOn,
        onMatch: input.onMatch,
        tags: input.tags,
        skipBadRows: input.skipBadRows,
        rowsValidated: checked ? job.rowCount : 0,
        checkSummary: checked ? job.checkSummary : null,
        startedAt: now,
        phaseStartedAt: now,
        phaseRowsAtStart: 0,
      });
      return (await this.jobs.find(job.id))!;
    });
    this.runner.kick();
    return job;
  }
}
