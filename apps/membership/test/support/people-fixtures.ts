import { MEMBERSHIP_STREAM, type EventEnvelope } from '@groundwork/contracts';
import { Namespace } from '@groundwork/service-kit';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { RawRequest } from '@groundwork/testing';

/** A person to create where a test fills in the last name. */
export type PersonFields = Omit<RawRequest<'membership.person.create'>, 'lastName'> & { lastName?: string };

export interface StoredEvent {
  /** The `Nats-Msg-Id` the relay published with. */
  msgId: string | undefined;
  subject: string;
  envelope: EventEnvelope;
}

/** Every event in membership's stream under this test file's namespace, oldest first. */
export async function readMembershipEvents(
  nats: NatsConnection,
  namespace = process.env.NATS_NAMESPACE ?? '',
): Promise<StoredEvent[]> {
  const stream = new Namespace(namespace).stream(MEMBERSHIP_STREAM.name);
  const { state } = await (await jetstreamManager(nats)).streams.info(stream);
  if (state.messages === 0) return [];
  const consumer = await jetstream(nats).consumers.get(stream);
  const messages = await consumer.fetch({ max_messages: state.messages, expires: 5000 });
  const events: StoredEvent[] = [];
  for await (const message of messages) {
    events.push({
      msgId: message.headers?.get('Nats-Msg-Id'),
      subject: message.subject,
      envelope: message.json(),
    });
    if (message.info.pending === 0) break;
  }
  return events;
}

/** The person events of one coalition, in stream order. */
export async function personEventsOf(nats: NatsConnection, tenantId: string): Promise<StoredEvent[]> {
  return (await readMembershipEvents(nats)).filter(
    (event) => event.envelope.tenantId === tenantId && event.envelope.type.startsWith('membership.person.'),
  );
}
