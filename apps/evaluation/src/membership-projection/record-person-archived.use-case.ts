import { Injectable } from '@nestjs/common';
import type { EventData, membershipEvents } from '@groundwork/contracts';
import { MembershipProjectionRepository } from './membership-projection.repository';

/** A person was archived: one fewer on the rolls, counted on the UTC day of the archive. Runs in the consumer's unit of work. */
@Injectable()
export class RecordPersonArchivedUseCase {
  constructor(private readonly projection: MembershipProjectionRepository) {}

  execute(data: EventData<typeof membershipEvents.personArchived>): Promise<void> {
    return this.projection.record(data.archivedAt, { joined: 0, archived: 1 });
  }
}
