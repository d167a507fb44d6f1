import { randomUUID } from 'node:crypto';
import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { paced, type PacedResult } from './pace';
import { distribution, type Distribution } from './stats';

export interface JetStreamBaselineResult {
  latencyMs: Distribution;
  publish: PacedResult;
  received: number;
}

const DRAIN_TIMEOUT_MS = 30_000;

/**
 * The transport alone: publish (awaiting the stream's ack, as the outbox relay does) → durable pull
 * consumer with explicit ack (as the consumer base uses) → received, in this process, at the same
 * rate as the propagation run. On a temporary file-backed stream in the run's namespace, deleted after.
 */
export async function measureJetStreamBaseline(
  nats: NatsConnection,
  namespace: string,
  ratePerSecond: number,
  durationSeconds: number,
): Promise<JetStreamBaselineResult> {
  const jsm = await jetstreamManager(nats);
  const js = jetstream(nats);
  const stream = `${namespace.toUpperCase().replace(/-/g, '_')}_BENCH_JS_BASELINE`;
  const subject = `${namespace}.bench.js-baseline`;
  const durable = 'bench-js-baseline';
  await jsm.streams.add({
    name: stream,
    subjects: [subject],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    duplicate_window: 2 * 60 * 1_000_000_000,
  });
  let messages: ConsumerMessages | undefined;
  try {
    await jsm.consumers.add(stream, {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
    });
    messages = await (await js.consumers.get(stream, durable)).consume({ max_messages: 256 });
    const latencies: number[] = [];
    const total = Math.round(ratePerSecond * durationSeconds);
    let allReceived!: () => void;
    const done = new Promise<void>((resolve) => (allReceived = resolve));
    const receiving = (async () => {
      for await (const message of messages) {
        const { sentAt } = message.json<{ sentAt: number }>();
        latencies.push(performance.now() - sentAt);
        message.ack();
        if (latencies.length >= total) allReceived();
      }
    })();

    const tenantId = randomUUID();
    const publish = await paced(ratePerSecond, durationSeconds, async () => {
      const id = randomUUID();
      // Shaped and sized like a person.created envelope.
      const envelope = {
        id,
        type: 'membership.person.created',
        version: 1,
        tenantId,
        occurredAt: new Date().toISOString(),
        actor: { id: randomUUID(), type: 'user' },
        correlationId: randomUUID(),
        data: { personId: randomUUID(), createdAt: new Date().toISOString() },
        sentAt: performance.now(),
      };
      await js.publish(subject, JSON.stringify(envelope), { msgID: id, timeout: 5000 });
    });
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, DRAIN_TIMEOUT_MS).unref())]);
    await messages.close();
    await receiving;
    return { latencyMs: distribution(latencies), publish, received: latencies.length };
  } finally {
    await messages?.close().catch(() => undefined);
    await jsm.streams.delete(stream).catch(() => undefined);
  }
}
