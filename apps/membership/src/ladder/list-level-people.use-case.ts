import { Injectable } from '@nestjs/common';
import type { Page, PersonLevelDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { decodeHistoryCursor, historyPage } from './history-cursor';
import { LadderLevelRepository } from './ladder-level.repository';
import { LadderErrors } from './ladder.errors';
import { toPersonLevelDto } from './ladder.mapper';
import { PersonLevelRepository } from './person-level.repository';

/** One page of the living people at a level (a column of the ladder board). */
@Injectable()
export class ListLevelPeopleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly levels: LadderLevelRepository,
    private readonly personLevels: PersonLevelRepository,
  ) {}

  execute(input: MembershipRequest<'membership.ladder.level.people'>): Promise<Page<PersonLevelDto>> {
    const after = decodeHistoryCursor(input.after);
    return this.unitOfWork.run(async () => {
      if (!(await this.levels.find(input.levelId))) throw LadderErrors.levelNotFound(input.levelId);
      const { rows, totalCount } = await this.personLevels.atLevel(input.levelId, input.first, after);
      return historyPage(
        rows,
        input.first,
        totalCount,
        (row) => row.since,
        toPersonLevelDto,
        (row) => row.person_id,
      );
    });
  }
}
