import { Injectable } from '@nestjs/common';
import { ladderEvents, type LeadershipRoleDto } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { LadderErrors } from '../ladder/ladder.errors';
import type { MembershipRequest } from '../membership-rpc';
import { toRoleDto } from './leadership.mapper';
import { LeadershipRepository } from './leadership.repository';

/** Ends a role a person holds. */
@Injectable()
export class EndRoleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly leadership: LeadershipRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.leadership.role.end'>): Promise<LeadershipRoleDto> {
    return this.unitOfWork.run(async () => {
      const role = await this.leadership.findRoleForUpdate(input.id);
      if (!role) throw LadderErrors.roleNotFound(input.id);
      if (role.ended_on !== null) throw LadderErrors.roleAlreadyEnded(input.id);
      if (input.endedOn < role.started_on) throw LadderErrors.roleEndBeforeStart();
      const ended = await this.leadership.endRole(input.id, input.endedOn);
      await this.outbox.append(ladderEvents.roleEnded, {
        roleRecordId: ended.id,
        personId: ended.person_id,
        role: ended.role,
        endedOn: input.endedOn,
      });
      return toRoleDto(ended);
    });
  }
}
