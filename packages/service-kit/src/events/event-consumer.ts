import type { EventEnvelope } from '@groundwork/contracts';

/**
 * A durable JetStream consumer. Subclasses name themselves, the stream and event subjects they read,
 * and `apply` one event. `apply` runs inside a unit of work scoped to the event's tenant, in the same
 * transaction that records the event id as processed, so a redelivered event changes nothing.
 */
export abstract class EventConsumer {
  /** Durable consumer name; also the key in `processed_events`. */
  abstract readonly name: string;
  abstract readonly stream: { name: string; subjects: string[] };
  /** Event subjects (without namespace), e.g. `events.membership.person.created`. */
  abstract readonly subjects: string[];

  abstract apply(event: EventEnvelope): Promise<void>;
}
