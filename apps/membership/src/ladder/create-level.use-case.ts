import { Injectable } from '@nestjs/common';
import type { LadderLevelDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { LadderLevelRepository } from './ladder-level.repository';
import { toLevelDto } from './ladder.mapper';

/** Adds a level at the top of the ladder; `reorder` places it elsewhere. */
@Injectable()
export class CreateLevelUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly levels: LadderLevelRepository,
  ) {}

  async execute(input: MembershipRequest<'membership.ladder.level.create'>): Promise<LadderLevelDto> {
    return toLevelDto(await this.unitOfWork.run(() => this.levels.append(input)));
  }
}
