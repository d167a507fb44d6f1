import { Injectable } from '@nestjs/common';
import type { PersonLevelDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { toPersonLevelDto } from './ladder.mapper';
import { PersonLevelRepository } from './person-level.repository';

/** Current levels by person id, for DataLoaders; people without a level are left out. */
@Injectable()
export class GetPersonLevelsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly personLevels: PersonLevelRepository,
  ) {}

  async execute(personIds: string[]): Promise<PersonLevelDto[]> {
    const rows = await this.unitOfWork.run(() => this.personLevels.currentOfMany([...new Set(personIds)]));
    return rows.map(toPersonLevelDto);
  }
}
