import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import { LadderLevelRepository } from './ladder-level.repository';
import { LadderErrors } from './ladder.errors';

/** Deletes a level nobody is or ever was at and no rule targets (history must keep its levels). */
@Injectable()
export class DeleteLevelUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly levels: LadderLevelRepository,
  ) {}

  execute(id: string): Promise<{ ok: true }> {
    return this.unitOfWork.run(async () => {
      if (!(await this.levels.find(id))) throw LadderErrors.levelNotFound(id);
      if (await this.levels.isInUse(id)) throw LadderErrors.levelInUse();
      await this.levels.delete(id);
      return { ok: true as const };
    });
  }
}
