import { Injectable } from '@nestjs/common';
import type { PersonLevelDto } from '@groundwork/contracts';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { LadderLevelRepository } from './ladder-level.repository';
import { LadderErrors } from './ladder.errors';
import { toPersonLevelDto } from './ladder.mapper';
import { LevelMover } from './level-mover';
import { PersonLevelRepository } from './person-level.repository';
import { PersonLookup } from './person-lookup';

/** A manual move, up or down, with the reason the organizer gives. */
@Injectable()
export class MovePersonUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly people: PersonLookup,
    private readonly levels: LadderLevelRepository,
    private readonly personLevels: PersonLevelRepository,
    private readonly mover: LevelMover,
  ) {}

  execute(input: MembershipRequest<'membership.ladder.person.move'>): Promise<PersonLevelDto> {
    return this.unitOfWork.run(async () => {
      const level = await this.levels.find(input.levelId);
      if (!level) throw LadderErrors.targetLevelNotFound('levelId');
      await this.people.lockLiving(input.personId);
      const moved = await this.mover.move(
        {
          personId: input.personId,
          to: level,
          changedBy: this.context.actingUserId(),
          ruleId: null,
          reason: input.reason,
        },
        await this.personLevels.current(input.personId),
      );
      return toPersonLevelDto(moved);
    });
  }
}
