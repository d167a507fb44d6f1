import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { TrainingDto } from '@groundwork/contracts';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { PersonLookup } from '../ladder/person-lookup';
import type { MembershipRequest } from '../membership-rpc';
import { toTrainingDto } from './leadership.mapper';
import { LeadershipRepository } from './leadership.repository';

@Injectable()
export class RecordTrainingUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly people: PersonLookup,
    private readonly leadership: LeadershipRepository,
  ) {}

  execute(input: MembershipRequest<'membership.leadership.training.record'>): Promise<TrainingDto> {
    return this.unitOfWork.run(async () => {
      await this.people.lockLiving(input.personId);
      const row = await this.leadership.insertTraining({
        id: randomUUID(),
        person_id: input.personId,
        name: input.name,
        provider: input.provider ?? null,
        attended_on: input.attendedOn,
        recorded_by: this.context.actingUserId(),
        recorded_at: new Date(),
      });
      return toTrainingDto(row);
    });
  }
}
