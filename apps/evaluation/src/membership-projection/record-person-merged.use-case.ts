import { Injectable } from '@nestjs/common';
import type { EventData, duplicateEvents } from '@groundwork/contracts';
import { MembershipProjectionRepository } from './membership-projection.repository';

/**
 * A person was merged into another: the merged-away record was a duplicate, never a second person.
 * Its join (and its archive, if it was archived) are taken back on the days they were counted, so
 * history reads as if the duplicate had never existed. Runs in the consumer's unit of work.
 */
@Injectable()
export class RecordPersonMergedUseCase {
  constructor(private readonly projection: MembershipProjectionRepository) {}

  async execute(data: EventData<typeof duplicateEvents.personMerged>): Promise<void> {
    await this.projection.record(data.mergedPersonCreatedAt, { joined: -1, archived: 0 });
    if (data.mergedPersonArchivedAt) {
      await this.projection.record(data.mergedPersonArchivedAt, { joined: 0, archived: -1 });
    }
  }
}
