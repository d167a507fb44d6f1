import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { ImportJob } from './import-job';
import { ImportJobRepository } from './import-job.repository';

/** One import of the coalition, or null. */
@Injectable()
export class GetImportUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: ImportJobRepository,
  ) {}

  execute(id: string): Promise<ImportJob | null> {
    return this.unitOfWork.run(() => this.jobs.find(id));
  }
}
