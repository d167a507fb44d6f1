import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { ImportFieldCatalog } from './import-field-catalog';
import type { ImportJob } from './import-job';
import { ImportJobRepository } from './import-job.repository';
import { checkMapping } from './import-plan';
import { ImportRunner } from './import-runner';
import { ImportErrors } from './import.errors';

/** Starts an uploaded import with its mapping and options; the runner does the work in the background. */
@Injectable()
export class StartImportUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: ImportJobRepository,
    private readonly catalog: ImportFieldCatalog,
    private readonly runner: ImportRunner,
  ) {}

  async execute(input: MembershipRequest<'membership.import.start'>): Promise<ImportJob> {
    const matchField = this.catalog.matchField(input.matchOn);
    if (!matchField) throw ImportErrors.matchFieldUnavailable(input.matchOn);
    const job = await this.unitOfWork.run(async () => {
      const job = await this.jobs.find(input.importId, true);
      if (!job) throw ImportErrors.notFound(input.importId);
      checkMapping(job.columns, input.mapping, this.catalog);
      if (!input.mapping.some((entry) => entry.field === matchField.key)) {
        throw ImportErrors.matchFieldNotMapped(input.matchOn, matchField.key);
      }
      if (job.status !== 'UPLOADED') throw ImportErrors.wrongStatus(job.id, job.status, 'be started');
      const now = new Date();
      await this.jobs.update(job.id, {
        status: 'VALIDATING',
        mapping: input.mapping,
        matchOn: input.matchOn,
        onMatch: input.onMatch,
        tags: input.tags,
        skipBadRows: input.skipBadRows,
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
