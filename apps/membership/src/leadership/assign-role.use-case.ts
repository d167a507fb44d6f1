import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ladderEvents, type LeadershipRoleDto } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { PersonLookup } from '../ladder/person-lookup';
import type { MembershipRequest } from '../membership-rpc';
import { toRoleDto } from './leadership.mapper';
import { LeadershipRepository } from './leadership.repository';

/** Records a role a person holds (committee chair, spokesperson…) from a date, perhaps already ended. */
@Injectable()
export class AssignRoleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly people: PersonLookup,
    private readonly leadership: LeadershipRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.leadership.role.assign'>): Promise<LeadershipRoleDto> {
    return this.unitOfWork.run(async () => {
      await this.people.lockLiving(input.personId);
      const row = await this.leadership.insertRole({
        id: randomUUID(),
        person_id: input.personId,
        role: input.role,
        started_on: input.startedOn,
        ended_on: input.endedOn ?? null,
        assigned_by: this.context.actingUserId(),
      });
      await this.outbox.append(ladderEvents.roleAssigned, {
        roleRecordId: row.id,
        personId: row.person_id,
        role: row.role,
        startedOn: row.started_on,
        endedOn: row.ended_on,
      });
      return toRoleDto(row);
    });
  }
}
