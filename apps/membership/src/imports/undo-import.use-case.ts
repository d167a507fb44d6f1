import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import { UNDO_WINDOW_MS, type ImportJob } from './import-job';
import { ImportJobRepository } from './import-job.repository';
import { ImportRunner } from './import-runner';
import { ImportErrors } from './import.errors';

/**
 * Undoes a finished import within 24 hours: the runner deletes the people it created and restores
 * the fields it changed, chunk by chunk. An import that failed part-way can be undone the same way.
 */
@Injectable()
export class UndoImportUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: ImportJobRepository,
    private readonly runner: ImportRunner,
  ) {}

  async execute(id: string): Promise<ImportJob> {
    const job = await this.unitOfWork.run(async () => {
      const job = await this.jobs.find(id, true);
      if (!job) throw ImportErrors.notFound(id);
      const undoable = job.status === 'COMPLETED' || (job.status === 'FAILED' && job.chunksDone > 0);
      if (!undoable) throw ImportErrors.wrongStatus(id, job.status, 'be undone');
      if (!job.finishedAt || Date.now() - job.finishedAt.getTime() > UNDO_WINDOW_MS)
        throw ImportErrors.undoExpired(id);
      await this.jobs.update(id, {
        status: 'UNDOING',
        undoChunksDone: 0,
        phaseStartedAt: new Date(),
        phaseRowsAtStart: 0,
      });
      return (await this.jobs.find(id))!;
    });
    this.runner.kick();
    return job;
  }
}
