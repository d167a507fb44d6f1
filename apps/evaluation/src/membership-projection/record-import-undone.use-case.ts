import { Injectable } from '@nestjs/common';
import type { EventData, importEvents } from '@groundwork/contracts';
import { ImportJoinsRepository } from './import-joins.repository';
import { MembershipProjectionRepository } from './membership-projection.repository';

/**
 * An import was undone: the people it created are gone, as if never imported, so their joins are
 * taken back on the days they were counted. Runs in the consumer's unit of work.
 */
@Injectable()
export class RecordImportUndoneUseCase {
  constructor(
    private readonly projection: MembershipProjectionRepository,
    private readonly importJoins: ImportJoinsRepository,
  ) {}

  async execute(data: EventData<typeof importEvents.importUndone>): Promise<void> {
    for (const { day, taken } of await this.importJoins.takeBack(data.importId, data.removed)) {
      await this.projection.record(`${day}T00:00:00Z`, { joined: -taken, archived: 0 });
    }
  }
}
