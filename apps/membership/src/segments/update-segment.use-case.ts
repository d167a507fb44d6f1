import { Injectable } from '@nestjs/common';
import { segmentEvents, type SegmentDto } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { SegmentPeopleRepository } from './segment-people.repository';
import { SegmentErrors } from './segment.errors';
import { storedFilter, toSegmentDto } from './segment.mapper';
import { SegmentRepository } from './segment.repository';

@Injectable()
export class UpdateSegmentUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly segments: SegmentRepository,
    private readonly people: SegmentPeopleRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.segment.update'>): Promise<SegmentDto> {
    return this.unitOfWork.run(async () => {
      const current = await this.segments.findForUpdate(input.id);
      if (!current) throw SegmentErrors.notFound(input.id);
      if (input.filter) await this.people.where({ filter: input.filter });
      const changedFields = (['name', 'description', 'filter'] as const).filter(
        (field) => input[field] !== undefined,
      );
      const row = await this.segments.update(input.id, {
        name: input.name ?? current.name,
        description: input.description ?? current.description,
        filter: input.filter ?? storedFilter(current),
      });
      await this.outbox.append(segmentEvents.updated, {
        segmentId: row.id,
        changedFields,
        updatedAt: row.updated_at.toISOString(),
      });
      return toSegmentDto(row);
    });
  }
}
