import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import { LadderErrors } from '../ladder/ladder.errors';
import { LeadershipRepository } from './leadership.repository';

/** Removes a training recorded by mistake. */
@Injectable()
export class DeleteTrainingUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly leadership: LeadershipRepository,
  ) {}

  execute(id: string): Promise<{ ok: true }> {
    return this.unitOfWork.run(async () => {
      if (!(await this.leadership.deleteTraining(id))) throw LadderErrors.trainingNotFound(id);
      return { ok: true as const };
    });
  }
}
