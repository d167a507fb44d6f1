import { Injectable } from '@nestjs/common';
import type { LevelChangeDto, Page } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { decodeHistoryCursor, historyPage } from './history-cursor';
import { toLevelChangeDto } from './ladder.mapper';
import { PersonLevelRepository } from './person-level.repository';

/** A person's level changes, newest first: who or which rule, when, why. */
@Injectable()
export class ListLevelHistoryUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly personLevels: PersonLevelRepository,
  ) {}

  execute(input: MembershipRequest<'membership.ladder.history.list'>): Promise<Page<LevelChangeDto>> {
    const after = decodeHistoryCursor(input.after);
    return this.unitOfWork.run(async () => {
      const { rows, totalCount } = await this.personLevels.history(input.personId, input.first, after);
      return historyPage(rows, input.first, totalCount, (row) => row.changed_at, toLevelChangeDto);
    });
  }
}
