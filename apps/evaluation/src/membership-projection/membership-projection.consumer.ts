import { Injectable } from '@nestjs/common';
import {
  MEMBERSHIP_STREAM,
  duplicateEvents,
  importEvents,
  membershipEvents,
  type EventDefinition,
  type EventEnvelope,
} from '@groundwork/contracts';
import { EventConsumer } from '@groundwork/service-kit';
import { RecordImportUndoneUseCase } from './record-import-undone.use-case';
import { RecordPeopleImportedUseCase } from './record-people-imported.use-case';
import { RecordPersonArchivedUseCase } from './record-person-archived.use-case';
import { RecordPersonErasedUseCase } from './record-person-erased.use-case';
import { RecordPersonJoinedUseCase } from './record-person-joined.use-case';
import { RecordPersonMergedUseCase } from './record-person-merged.use-case';

export const MEMBERSHIP_PROJECTION = 'membership-projection';

const { personCreated, personArchived } = membershipEvents;
const { personMerged, personErased } = duplicateEvents;
const { peopleImported, importUndone } = importEvents;

const isEvent = (event: EventEnvelope, definition: EventDefinition) =>
  event.type === definition.type && event.version === definition.version;

/** Feeds the membership projection from membership's person events. */
@Injectable()
export class MembershipProjectionConsumer extends EventConsumer {
  readonly name = MEMBERSHIP_PROJECTION;
  readonly stream = MEMBERSHIP_STREAM;
  readonly subjects = [
    personCreated.subject,
    personArchived.subject,
    personMerged.subject,
    personErased.subject,
    peopleImported.subject,
    importUndone.subject,
  ];

  constructor(
    private readonly recordJoined: RecordPersonJoinedUseCase,
    private readonly recordArchived: RecordPersonArchivedUseCase,
    private readonly recordMerged: RecordPersonMergedUseCase,
    private readonly recordErased: RecordPersonErasedUseCase,
    private readonly recordImported: RecordPeopleImportedUseCase,
    private readonly recordImportUndone: RecordImportUndoneUseCase,
  ) {
    super();
  }

  async apply(event: EventEnvelope): Promise<void> {
    if (isEvent(event, personCreated)) return this.recordJoined.execute(personCreated.data.parse(event.data));
    if (isEvent(event, personArchived))
      return this.recordArchived.execute(personArchived.data.parse(event.data));
    if (isEvent(event, personMerged)) return this.recordMerged.execute(personMerged.data.parse(event.data));
    if (isEvent(event, personErased)) return this.recordErased.execute(personErased.data.parse(event.data));
    if (isEvent(event, peopleImported))
      return this.recordImported.execute(peopleImported.data.parse(event.data), event.occurredAt);
    if (isEvent(event, importUndone))
      return this.recordImportUndone.execute(importUndone.data.parse(event.data));
    // A payload version this code does not know yet: failing leaves it unprocessed, so once the runner
    // gives up, a rebuild after the upgrade still applies it.
    throw new Error(`${this.name} cannot apply ${event.type} version ${event.version}`);
  }
}
