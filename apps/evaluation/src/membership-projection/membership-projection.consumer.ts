import { Injectable } from '@nestjs/common';
import {
  MEMBERSHIP_STREAM,
  membershipEvents,
  type EventDefinition,
  type EventEnvelope,
} from '@groundwork/contracts';
import { EventConsumer } from '@groundwork/service-kit';
import { RecordPersonArchivedUseCase } from './record-person-archived.use-case';
import { RecordPersonJoinedUseCase } from './record-person-joined.use-case';

export const MEMBERSHIP_PROJECTION = 'membership-projection';

const { personCreated, personArchived } = membershipEvents;

const isEvent = (event: EventEnvelope, definition: EventDefinition) =>
  event.type === definition.type && event.version === definition.version;

/** Feeds the membership projection from membership's person events. */
@Injectable()
export class MembershipProjectionConsumer extends EventConsumer {
  readonly name = MEMBERSHIP_PROJECTION;
  readonly stream = MEMBERSHIP_STREAM;
  readonly subjects = [personCreated.subject, personArchived.subject];

  constructor(
    private readonly recordJoined: RecordPersonJoinedUseCase,
    private readonly recordArchived: RecordPersonArchivedUseCase,
  ) {
    super();
  }

  async apply(event: EventEnvelope): Promise<void> {
    if (isEvent(event, personCreated)) return this.recordJoined.execute(personCreated.data.parse(event.data));
    if (isEvent(event, personArchived))
      return this.recordArchived.execute(personArchived.data.parse(event.data));
    // A payload version this code does not know yet: failing leaves it unprocessed, so once the runner
    // gives up, a rebuild after the upgrade still applies it.
    throw new Error(`${this.name} cannot apply ${event.type} version ${event.version}`);
  }
}
