import { Injectable } from '@nestjs/common';
import type { LadderLevelDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { LadderLevelRepository } from './ladder-level.repository';
import { LadderErrors } from './ladder.errors';
import { toLevelDto } from './ladder.mapper';

/** Renames a level or changes its description or whether it counts as a leader. */
@Injectable()
export class UpdateLevelUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly levels: LadderLevelRepository,
  ) {}

  async execute({
    id,
    ...fields
  }: MembershipRequest<'membership.ladder.level.update'>): Promise<LadderLevelDto> {
    const level = await this.unitOfWork.run(() => this.levels.update(id, fields));
    if (!level) throw LadderErrors.levelNotFound(id);
    return toLevelDto(level);
  }
}
