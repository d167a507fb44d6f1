import { randomUUID } from 'node:crypto';
import {
  MEMBERSHIP_STREAM,
  membershipEvents,
  type EventData,
  type EventEnvelope,
} from '@groundwork/contracts';
import { ensureStream, Namespace, natsConnectOptions } from '@groundwork/service-kit';
import { deleteNamespaceStreams } from '@groundwork/testing';
import { jetstream, jetstreamManager, type PubAck } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';

type PersonCreated = EventEnvelope<EventData<typeof membershipEvents.personCreated>>;
type PersonArchived = EventEnvelope<EventData<typeof membershipEvents.personArchived>>;
type PersonUpdated = EventEnvelope<EventData<typeof membershipEvents.personUpdated>>;

/**
 * Publishes membership events to JetStream the way membership's outbox relay does, so evaluation is
 * tested against real envelopes on the real stream without running membership.
 */
export class MembershipEventPublisher {
  private constructor(
    private readonly nats: NatsConnection,
    private readonly namespace: Namespace,
  ) {}

  static async connect(namespace = process.env.NATS_NAMESPACE!): Promise<MembershipEventPublisher> {
    const nats = await connect(natsConnectOptions(process.env.NATS_URL!));
    await ensureStream(await jetstreamManager(nats), new Namespace(namespace), MEMBERSHIP_STREAM);
    return new MembershipEventPublisher(nats, new Namespace(namespace));
  }

  personCreated(tenantId: string, createdAt: string, personId: string = randomUUID()): PersonCreated {
    return envelope(tenantId, membershipEvents.personCreated, { personId, createdAt });
  }

  personArchived(tenantId: string, personId: string, archivedAt: string): PersonArchived {
    return envelope(tenantId, membershipEvents.personArchived, { personId, archivedAt });
  }

  personUpdated(tenantId: string, personId: string, updatedAt: string): PersonUpdated {
    return envelope(tenantId, membershipEvents.personUpdated, {
      personId,
      changedFields: ['email'],
      updatedAt,
    });
  }

  /** Publishes with `Nats-Msg-Id` = event id, as the relay does; pass another id to defeat JetStream's dedupe. */
  async publish(event: EventEnvelope, msgID: string = event.id): Promise<PubAck> {
    const subject = this.namespace.subject(`events.${event.type}`);
    return jetstream(this.nats).publish(subject, JSON.stringify(event), { msgID });
  }

  async publishAll(events: EventEnvelope[]): Promise<void> {
    for (const event of events) await this.publish(event);
  }

  /** Deletes this namespace's streams and disconnects. */
  async close(): Promise<void> {
    await deleteNamespaceStreams(this.nats, this.namespace.prefix);
    await this.nats.drain();
  }
}

function envelope<T>(
  tenantId: string,
  definition: { type: string; version: number },
  data: T,
): EventEnvelope<T> {
  return {
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    tenantId,
    occurredAt: new Date().toISOString(),
    actor: { id: randomUUID(), type: 'user' },
    correlationId: randomUUID(),
    data,
  };
}
