import { z } from 'zod';
import { ActorType } from './headers';

/** Every domain event travels in this envelope; `data` is validated against the event's own schema. */
export const EventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string(),
  version: z.number().int().positive(),
  tenantId: z.uuid(),
  occurredAt: z.iso.datetime({ offset: true }),
  actor: z.object({ id: z.string(), type: z.enum(Object.values(ActorType)) }).nullable(),
  correlationId: z.string(),
  data: z.unknown(),
});
export type EventEnvelope<T = unknown> = Omit<z.infer<typeof EventEnvelopeSchema>, 'data'> & { data: T };

/**
 * One event type at one version. Payload versions are never edited in place: a breaking change adds
 * a new definition with `version + 1` beside the old one.
 */
export interface EventDefinition<T extends z.ZodType = z.ZodType> {
  type: string;
  version: number;
  subject: string;
  data: T;
}

export const event = <T extends z.ZodType>(service: string, name: string, version: number, data: T) => ({
  type: `${service}.${name}`,
  version,
  subject: `events.${service}.${name}`,
  data,
});

export type EventData<E> = E extends EventDefinition<infer T> ? z.output<T> : never;

/** One JetStream stream per owning service. */
export const streamFor = (service: string) => ({
  name: `${service.toUpperCase()}_EVENTS`,
  subjects: [`events.${service}.>`],
});
