import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { SavedSegmentFilter } from './saved-segment-filter';
import { SegmentPeopleRepository } from './segment-people.repository';
import { storedFilter } from './segment.mapper';
import { SegmentRepository } from './segment.repository';

/** Live counts: of a filter being built (not saved), of a saved segment, or of several saved ones. */
@Injectable()
export class CountSegmentUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly saved: SavedSegmentFilter,
    private readonly segments: SegmentRepository,
    private readonly people: SegmentPeopleRepository,
  ) {}

  execute(input: MembershipRequest<'membership.segment.count'>): Promise<{ count: number }> {
    return this.unitOfWork.run(async () => {
      const filter = input.filter ?? (await this.saved.of(input.segmentId!));
      return { count: await this.people.count({ filter, channel: input.channel }) };
    });
  }

  /** Unknown ids (or another coalition's) are left out of the answer. */
  many(ids: string[]): Promise<Array<{ segmentId: string; count: number }>> {
    return this.unitOfWork.run(async () => {
      const rows = await this.segments.findByIds(ids);
      const counts: Array<{ segmentId: string; count: number }> = [];
      for (const row of rows)
        counts.push({ segmentId: row.id, count: await this.people.count({ filter: storedFilter(row) }) });
      return counts;
    });
  }
}
