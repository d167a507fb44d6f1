import { Injectable } from '@nestjs/common';
import type { EventData, duplicateEvents } from '@groundwork/contracts';
import { MembershipProjectionRepository } from './membership-projection.repository';

/**
 * A person was erased. The projection holds only anonymous counts, so there is nothing of theirs to
 * erase here; their join stays counted. A person still on the rolls leaves them on the day of the
 * erasure, like an archive; one archived before was counted off already. Runs in the consumer's unit of work.
 */
@Injectable()
export class RecordPersonErasedUseCase {
  constructor(private readonly projection: MembershipProjectionRepository) {}

  async execute(data: EventData<typeof duplicateEvents.personErased>): Promise<void> {
    if (data.archivedAt === null) await this.projection.record(data.erasedAt, { joined: 0, archived: 1 });
  }
}
