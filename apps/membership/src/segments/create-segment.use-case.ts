import { Injectable } from '@nestjs/common';
import { segmentEvents, type SegmentDto } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { SegmentPeopleRepository } from './segment-people.repository';
import { toSegmentDto } from './segment.mapper';
import { SegmentRepository } from './segment.repository';

@Injectable()
export class CreateSegmentUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly segments: SegmentRepository,
    private readonly people: SegmentPeopleRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.segment.create'>): Promise<SegmentDto> {
    return this.unitOfWork.run(async () => {
      // Compiling checks the filter against the coalition (custom fields exist, values fit their types).
      await this.people.where({ filter: input.filter });
      const row = await this.segments.insert(input, this.context.actingUserId());
      await this.outbox.append(segmentEvents.created, {
        segmentId: row.id,
        createdAt: row.created_at.toISOString(),
      });
      return toSegmentDto(row);
    });
  }
}
