import { Injectable } from '@nestjs/common';
import type { LadderLevelDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { LadderLevelRepository } from './ladder-level.repository';
import { LadderErrors } from './ladder.errors';
import { toLevelDto } from './ladder.mapper';

/** Puts the levels in the order given, bottom rung first; the request must name each level once. */
@Injectable()
export class ReorderLevelsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly levels: LadderLevelRepository,
  ) {}

  async execute({ ids }: MembershipRequest<'membership.ladder.level.reorder'>): Promise<LadderLevelDto[]> {
    return this.unitOfWork.run(async () => {
      const existing = await this.levels.list();
      const known = new Set(existing.map((level) => level.id));
      if (
        new Set(ids).size !== ids.length ||
        ids.length !== known.size ||
        !ids.every((id) => known.has(id))
      ) {
        throw LadderErrors.reorderMustNameEveryLevel();
      }
      await this.levels.reorder(ids);
      return (await this.levels.list()).map(toLevelDto);
    });
  }
}
