import { Injectable } from '@nestjs/common';
import type { LadderLevelDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { LadderLevelRepository } from './ladder-level.repository';
import { toLevelDto } from './ladder.mapper';

/** The coalition's ladder, bottom rung first. */
@Injectable()
export class ListLevelsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly levels: LadderLevelRepository,
  ) {}

  async execute(): Promise<LadderLevelDto[]> {
    return (await this.unitOfWork.run(() => this.levels.list())).map(toLevelDto);
  }
}
