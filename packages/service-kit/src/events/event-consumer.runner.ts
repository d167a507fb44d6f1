import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EventEnvelopeSchema } from '@groundwork/contracts';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { TenantContext } from '../context/tenant-context';
import { UnitOfWork } from '../database/unit-of-work';
import { Namespace } from '../nats/namespace';
import { NATS_CONNECTION } from '../nats/nats.tokens';
import { EventConsumer } from './event-consumer';
import { ensureStream } from './streams';

export const CONSUMER_SCHEMA = Symbol('CONSUMER_SCHEMA');

export const MAX_DELIVERIES = 8;
const ACK_WAIT_NS = 30 * 1_000_000_000;
const SECOND_NS = 1_000_000_000;

/** Delay before the next attempt after a failure: 1 s, 2 s, 4 s … capped at one minute. */
export const retryDelayMs = (deliveryCount: number) =>
  Math.min(60_000, 1000 * 2 ** Math.max(0, deliveryCount - 1));

/**
 * Starts every `EventConsumer` provider: ensures its stream and durable consumer (explicit ack,
 * bounded redelivery with back-off), then applies events one at a time, in stream order.
 */
@Injectable()
export class EventConsumerRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EventConsumerRunner.name);
  private readonly running: ConsumerMessages[] = [];
  private readonly streams = new Map<string, string>();

  constructor(
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    @Inject(CONSUMER_SCHEMA) private readonly schema: string,
    private readonly namespace: Namespace,
    private readonly discovery: DiscoveryService,
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  consumers(): EventConsumer[] {
    return this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is EventConsumer => instance instanceof EventConsumer);
  }

  async onApplicationBootstrap(): Promise<void> {
    const jsm = await jetstreamManager(this.nats);
    for (const consumer of this.consumers()) {
      const stream = await this.ensureConsumer(jsm, consumer);
      const messages = await jetstream(this.nats)
        .consumers.get(stream, consumer.name)
        .then((c) => c.consume({ max_messages: 256 }));
      this.running.push(messages);
      void this.loop(consumer, messages);
      this.logger.log(`consumer ${consumer.name} reading ${stream}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.running.map((messages) => messages.close()));
  }

  /** Resolves once the consumer has applied everything currently in its stream (used by rebuilds and tests). */
  async waitUntilCaughtUp(consumer: EventConsumer, timeoutMs = 60_000): Promise<void> {
    const jsm = await jetstreamManager(this.nats);
    const stream = this.streams.get(consumer.name) ?? this.namespace.stream(consumer.stream.name);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const info = await jsm.consumers.info(stream, consumer.name);
      if (info.num_pending === 0 && info.num_ack_pending === 0) return;
      if (Date.now() > deadline) throw new Error(`${consumer.name} did not catch up within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async ensureConsumer(jsm: JetStreamManager, consumer: EventConsumer): Promise<string> {
    const stream = await ensureStream(jsm, this.namespace, consumer.stream);
    this.streams.set(consumer.name, stream);
    const config = {
      durable_name: consumer.name,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: ACK_WAIT_NS,
      max_deliver: MAX_DELIVERIES,
      backoff: [1, 5, 15, 30, 60, 120, 300].map((seconds) => seconds * SECOND_NS),
      // NATS before 2.10 (Debian's nats-server is 2.9) takes a single filter subject; a consumer of
      // several subjects reads the whole stream and `process` acks the events it did not ask for.
      filter_subject:
        consumer.subjects.length === 1 ? this.namespace.subject(consumer.subjects[0]!) : undefined,
    };
    try {
      await jsm.consumers.info(stream, consumer.name);
      await jsm.consumers.update(stream, consumer.name, config);
    } catch {
      await jsm.consumers.add(stream, config);
    }
    return stream;
  }

  private async loop(consumer: EventConsumer, messages: ConsumerMessages): Promise<void> {
    for await (const message of messages) {
      await this.process(consumer, message);
    }
  }

  private async process(consumer: EventConsumer, message: JsMsg): Promise<void> {
    if (
      !consumer.subjects.some((subject) => subjectMatches(this.namespace.subject(subject), message.subject))
    ) {
      message.ack();
      return;
    }
    const parsed = EventEnvelopeSchema.safeParse(safeJson(message));
    if (!parsed.success) {
      this.logger.error(
        `${consumer.name}: dropping malformed event on ${message.subject}: ${parsed.error.message}`,
      );
      message.term('malformed envelope');
      return;
    }
    const event = parsed.data;
    try {
      await this.context.run(
        { tenantId: event.tenantId, actor: event.actor, correlationId: event.correlationId },
        () =>
          this.unitOfWork.run(async () => {
            const recorded: unknown[] = await this.txHost.tx.query(
              `INSERT INTO ${this.schema}.processed_events (tenant_id, consumer, event_id) VALUES ($1, $2, $3)
               ON CONFLICT DO NOTHING RETURNING event_id`,
              [event.tenantId, consumer.name, event.id],
            );
            if (recorded.length > 0) await consumer.apply(event);
          }),
      );
      message.ack();
    } catch (error) {
      const deliveries = message.info.deliveryCount;
      if (deliveries >= MAX_DELIVERIES) {
        this.logger.error({
          msg: `${consumer.name}: giving up on event ${event.id} after ${deliveries} attempts`,
          err: error,
        });
        message.term('too many failures');
      } else {
        this.logger.warn(
          `${consumer.name}: event ${event.id} failed (attempt ${deliveries}), retrying: ${String(error)}`,
        );
        message.nak(retryDelayMs(deliveries));
      }
    }
  }
}

/** NATS subject matching: `*` matches one token, `>` one or more trailing tokens. */
function subjectMatches(filter: string, subject: string): boolean {
  const filterTokens = filter.split('.');
  const subjectTokens = subject.split('.');
  for (const [index, token] of filterTokens.entries()) {
    if (token === '>') return subjectTokens.length > index;
    if (token !== '*' && token !== subjectTokens[index]) return false;
  }
  return filterTokens.length === subjectTokens.length;
}

function safeJson(message: JsMsg): unknown {
  try {
    return message.json();
  } catch {
    return undefined;
  }
}
