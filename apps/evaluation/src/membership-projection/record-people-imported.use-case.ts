import { Injectable } from '@nestjs/common';
import type { EventData, importEvents } from '@groundwork/contracts';
import { ImportJoinsRepository } from './import-joins.repository';
import { MembershipProjectionRepository } from './membership-projection.repository';

/**
 * A chunk of an import created people: they joined on the day the chunk was written (its event's
 * time). Kept per import too, so an undo can take them back. Runs in the consumer's unit of work.
 */
@Injectable()
export class RecordPeopleImportedUseCase {
  constructor(
    private readonly projection: MembershipProjectionRepository,
    private readonly importJoins: ImportJoinsRepository,
  ) {}

  async execute(data: EventData<typeof importEvents.peopleImported>, occurredAt: string): Promise<void> {
    if (data.created === 0) return;
    await this.projection.record(occurredAt, { joined: data.created, archived: 0 });
    await this.importJoins.add(data.importId, occurredAt, data.created);
  }
}
