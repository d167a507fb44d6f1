import { Injectable } from '@nestjs/common';
import type { LevelCountDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { LadderLevelRepository } from './ladder-level.repository';
import { PersonLevelRepository } from './person-level.repository';

/** Living people per level, every level listed (zero included), then those without a level. */
@Injectable()
export class CountLevelsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly levels: LadderLevelRepository,
    private readonly personLevels: PersonLevelRepository,
  ) {}

  execute(): Promise<LevelCountDto[]> {
    return this.unitOfWork.run(async () => {
      const [levels, counts] = [await this.levels.list(), await this.personLevels.counts()];
      const byLevel = new Map(counts.map((row) => [row.level_id, row.count]));
      return [
        ...levels.map((level) => ({ levelId: level.id, count: byLevel.get(level.id) ?? 0 })),
        { levelId: null, count: byLevel.get(null) ?? 0 },
      ];
    });
  }
}
