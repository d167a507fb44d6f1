import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EventEnvelopeSchema } from '@groundwork/contracts';
import {
  MAX_DELIVERIES,
  NATS_CONNECTION,
  Namespace,
  TenantContext,
  UnitOfWork,
  retryDelayMs,
} from '@groundwork/service-kit';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type ConsumerMessages,
  type JsMsg,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ApplyLadderEventUseCase } from './apply-ladder-event.use-case';
import { LADDER_CONFIG, type LadderConfig } from './ladder.config';

/** Durable consumer name on every stream read; also the key in `processed_events`. */
export const LADDER_CONSUMER = 'membership-ladder';

const SECOND_NS = 1_000_000_000;
const MAX_WAIT_MS = 30_000;

/**
 * Reads the configured streams of other services for ladder rules. Unlike the service-kit runner it
 * never creates a stream: a stream belongs to the service that publishes it, so one that does not
 * exist yet is waited for (retrying with back-off), and the service starts meanwhile. Each event is
 * applied in one unit of work that also records its id in `processed_events`, so a redelivered
 * event changes nothing.
 */
@Injectable()
export class LadderEventIntake implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LadderEventIntake.name);
  private readonly running = new Map<string, ConsumerMessages>();
  private readonly waiting = new Set<() => void>();
  private stopped = false;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    @Inject(LADDER_CONFIG) private readonly config: LadderConfig,
    private readonly namespace: Namespace,
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly applyEvent: ApplyLadderEventUseCase,
  ) {}

  onApplicationBootstrap(): void {
    for (const stream of this.config.LADDER_EVENT_STREAMS) void this.follow(this.namespace.stream(stream));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const wake of this.waiting) wake();
    await Promise.all([...this.running.values()].map((messages) => messages.close()));
  }

  /** Whether the consumer on `stream` (namespaced) reads and has applied everything in it; for tests. */
  async caughtUp(stream: string): Promise<boolean> {
    if (!this.running.has(stream)) return false;
    const info = await (await jetstreamManager(this.nats)).consumers.info(stream, LADDER_CONSUMER);
    return info.num_pending === 0 && info.num_ack_pending === 0;
  }

  /** Waits for the stream, reads it, and starts over if the subscription ends while running. */
  private async follow(stream: string): Promise<void> {
    let attempt = 0;
    while (!this.stopped) {
      try {
        const messages = await this.subscribe(stream);
        attempt = 0;
        this.running.set(stream, messages);
        this.logger.log(`${LADDER_CONSUMER} reading ${stream}`);
        for await (const message of messages) await this.process(message);
        this.running.delete(stream);
      } catch (error) {
        this.running.delete(stream);
        if (this.stopped) return;
        attempt += 1;
        const delay = Math.min(MAX_WAIT_MS, 500 * 2 ** Math.min(attempt - 1, 6));
        const missing = isNotFound(error);
        if (attempt === 1 || !missing) {
          const why = missing ? 'does not exist yet' : `failed: ${String(error)}`;
          this.logger.warn(`${LADDER_CONSUMER}: stream ${stream} ${why}; retrying`);
        }
        await this.sleep(delay);
      }
    }
  }

  private async subscribe(stream: string): Promise<ConsumerMessages> {
    const jsm = await jetstreamManager(this.nats);
    await jsm.streams.info(stream);
    const config = {
      durable_name: LADDER_CONSUMER,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: 30 * SECOND_NS,
      max_deliver: MAX_DELIVERIES,
      backoff: [1, 5, 15, 30, 60, 120, 300].map((seconds) => seconds * SECOND_NS),
    };
    try {
      await jsm.consumers.info(stream, LADDER_CONSUMER);
      await jsm.consumers.update(stream, LADDER_CONSUMER, config);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await jsm.consumers.add(stream, config);
    }
    const consumer = await jetstream(this.nats).consumers.get(stream, LADDER_CONSUMER);
    return consumer.consume({ max_messages: 256 });
  }

  private async process(message: JsMsg): Promise<void> {
    const parsed = EventEnvelopeSchema.safeParse(safeJson(message));
    if (!parsed.success) {
      this.logger.error(`${LADDER_CONSUMER}: dropping malformed event on ${message.subject}`);
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
              `INSERT INTO membership.processed_events (tenant_id, consumer, event_id) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING RETURNING event_id`,
              [event.tenantId, LADDER_CONSUMER, event.id],
            );
            if (recorded.length > 0) await this.applyEvent.execute(event);
          }),
      );
      message.ack();
    } catch (error) {
      const deliveries = message.info.deliveryCount;
      if (deliveries >= MAX_DELIVERIES) {
        this.logger.error({
          msg: `${LADDER_CONSUMER}: giving up on event ${event.id} after ${deliveries} attempts`,
          err: error,
        });
        message.term('too many failures');
      } else {
        this.logger.warn(
          `${LADDER_CONSUMER}: event ${event.id} failed (attempt ${deliveries}), retrying: ${String(error)}`,
        );
        message.nak(retryDelayMs(deliveries));
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.waiting.add(wake);
    });
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && /not found/i.test(error.message);
}

function safeJson(message: JsMsg): unknown {
  try {
    return message.json();
  } catch {
    return undefined;
  }
}
