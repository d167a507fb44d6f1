import { Injectable } from '@nestjs/common';
import type { EventData, membershipEvents } from '@groundwork/contracts';
import { MembershipProjectionRepository } from './membership-projection.repository';

/** A person joined: one more on the rolls, counted on the UTC day they were created. Runs in the consumer's unit of work. */
@Injectable()
export class RecordPersonJoinedUseCase {
  constructor(private readonly projection: MembershipProjectionRepository) {}

  execute(data: EventData<typeof membershipEvents.personCreated>): Promise<void> {
    return this.projection.record(data.createdAt, { joined: 1, archived: 0 });
  }
}
