import { randomUUID } from 'node:crypto';
import type { EventData, EventDefinition, EventEnvelope } from '@groundwork/contracts';
import { ensureStream, Namespace, natsConnectOptions } from '@groundwork/service-kit';
import { jetstream, jetstreamManager, type PubAck } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';

/**
 * Publishes another service's events to its JetStream stream the way that service's outbox relay
 * does (real envelopes, `Nats-Msg-Id` = event id), so a consumer is tested without running the producer.
 */
export class EventPublisher {
  private constructor(
    private readonly nats: NatsConnection,
    private readonly namespace: Namespace,
  ) {}

  static async connect(
    stream: { name: string; subjects: string[] },
    namespace = process.env.NATS_NAMESPACE!,
  ): Promise<EventPublisher> {
    const nats = await connect(natsConnectOptions(process.env.NATS_URL!));
    await ensureStream(await jetstreamManager(nats), new Namespace(namespace), stream);
    return new EventPublisher(nats, new Namespace(namespace));
  }

  envelope<D extends EventDefinition>(
    tenantId: string,
    definition: D,
    data: EventData<D>,
  ): EventEnvelope<EventData<D>> {
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

  /** Pass another `msgID` than the event's id to defeat JetStream's dedupe (a redelivery). */
  publish(event: EventEnvelope, msgID: string = event.id): Promise<PubAck> {
    return jetstream(this.nats).publish(
      this.namespace.subject(`events.${event.type}`),
      JSON.stringify(event),
      {
        msgID,
      },
    );
  }

  async close(): Promise<void> {
    await this.nats.drain();
  }
}
