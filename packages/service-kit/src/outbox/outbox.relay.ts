import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import { SystemReason } from '../context/request-context';
import { UnitOfWork } from '../database/unit-of-work';
import { ensureStream } from '../events/streams';
import { Namespace } from '../nats/namespace';
import { NATS_CONNECTION } from '../nats/nats.tokens';
import { outboxChannel } from './outbox.sql';

export const OUTBOX_RELAY_OPTIONS = Symbol('OUTBOX_RELAY_OPTIONS');

export interface OutboxRelayOptions {
  schema: string;
  stream: { name: string; subjects: string[] };
  databaseUrl: string;
  batchSize?: number;
  pollIntervalMs?: number;
  /** How long sent events stay in the outbox, so they can be replayed after a broker loss. */
  retainSentForMs?: number;
}

interface OutboxRow {
  tenant_id: string;
  id: string;
  subject: string;
  envelope: unknown;
}

const PUBLISH_TIMEOUT_MS = 5000;
const MAX_BACKOFF_MS = 10_000;
const CLEANUP_EVERY_MS = 60 * 60 * 1000;

/**
 * Publishes outbox rows to JetStream with `Nats-Msg-Id` = event id (so a re-publish after a crash is
 * dropped as a duplicate) and marks them sent only after the stream acknowledged them. Woken by
 * LISTEN/NOTIFY on commit, with a poll as a safety net; rows locked with SKIP LOCKED so several
 * instances share the work. Unsent rows survive restarts and broker outages.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private js!: JetStreamClient;
  private listener?: Client;
  private pollTimer?: NodeJS.Timeout;
  private cleanupTimer?: NodeJS.Timeout;
  private draining = false;
  private wakeAgain = false;
  private failures = 0;
  private stopped = false;

  constructor(
    @Inject(OUTBOX_RELAY_OPTIONS) private readonly options: OutboxRelayOptions,
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    private readonly namespace: Namespace,
    private readonly unitOfWork: UnitOfWork,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await ensureStream(await jetstreamManager(this.nats), this.namespace, this.options.stream);
    this.js = jetstream(this.nats);
    await this.listen();
    this.schedulePoll(0);
    this.cleanupTimer = setInterval(() => void this.deleteOldSentRows(), CLEANUP_EVERY_MS);
    this.cleanupTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.pollTimer);
    clearInterval(this.cleanupTimer);
    await this.listener?.end().catch(() => undefined);
  }

  /** Publishes everything pending now; resolves when the outbox is empty or publishing failed. */
  async drain(): Promise<void> {
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = true;
    try {
      do {
        this.wakeAgain = false;
        while ((await this.publishBatch()) > 0 && !this.stopped);
      } while (this.wakeAgain && !this.stopped);
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      this.logger.warn(`outbox publish failed (attempt ${this.failures}), will retry: ${String(error)}`);
    } finally {
      this.draining = false;
    }
  }

  private async publishBatch(): Promise<number> {
    return this.unitOfWork.runAsSystem(SystemReason.OUTBOX_RELAY, async () => {
      const rows: OutboxRow[] = await this.txHost.tx.query(
        `SELECT tenant_id, id, subject, envelope FROM ${this.options.schema}.outbox
          WHERE sent_at IS NULL ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize ?? 200],
      );
      if (rows.length === 0) return 0;
      // Sent in order on one connection, so the stream keeps the outbox order; acks awaited together.
      await Promise.all(
        rows.map((row) =>
          this.js.publish(this.namespace.subject(row.subject), JSON.stringify(row.envelope), {
            msgID: row.id,
            timeout: PUBLISH_TIMEOUT_MS,
          }),
        ),
      );
      // By the full primary key, so the update stays an index look-up however many sent rows are kept.
      await this.txHost.tx.query(
        `UPDATE ${this.options.schema}.outbox SET sent_at = now()
          WHERE (tenant_id, id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
        [rows.map((row) => row.tenant_id), rows.map((row) => row.id)],
      );
      return rows.length;
    });
  }

  private schedulePoll(delayMs: number): void {
    if (this.stopped) return;
    this.pollTimer = setTimeout(() => {
      void this.drain().finally(() => {
        const backoff = this.failures > 0 ? Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.failures) : 0;
        this.schedulePoll(Math.max(backoff, this.options.pollIntervalMs ?? 1000));
      });
    }, delayMs);
    this.pollTimer.unref();
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.options.databaseUrl,
      application_name: 'outbox-listener',
    });
    client.on('error', (error) => this.logger.warn(`outbox listener lost its connection: ${error.message}`));
    client.on('notification', () => {
      if (this.failures === 0) void this.drain();
    });
    await client.connect();
    await client.query(`LISTEN ${outboxChannel(this.options.schema)}`);
    this.listener = client;
  }

  private async deleteOldSentRows(): Promise<void> {
    const retainMs = this.options.retainSentForMs ?? 7 * 24 * 60 * 60 * 1000;
    await this.unitOfWork
      .runAsSystem(SystemReason.OUTBOX_RELAY, () =>
        this.txHost.tx.query(
          `DELETE FROM ${this.options.schema}.outbox WHERE sent_at < now() - make_interval(secs => $1)`,
          [retainMs / 1000],
        ),
      )
      .catch((error: unknown) => this.logger.warn(`outbox clean-up failed: ${String(error)}`));
  }
}
