import type { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MEMBERSHIP_STREAM } from '@groundwork/contracts';
import { EventConsumerRunner, Namespace, natsConnectOptions } from '@groundwork/service-kit';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import { AppModule } from '../app.module';
import { MEMBERSHIP_PROJECTION, MembershipProjectionConsumer } from './membership-projection.consumer';
import { MEMBERSHIP_PROJECTION_TABLES } from './membership-projection.repository';

export interface RebuildOptions {
  ownerDatabaseUrl: string;
  natsUrl: string;
  namespace: string;
  logger: LoggerService;
  timeoutMs?: number;
}

/**
 * Rebuilds the membership projection from the whole membership stream: empties the projection tables
 * and this consumer's processed events in one transaction, deletes the durable consumer, then boots
 * the service, whose runner re-creates the consumer from the start of the stream, and waits until it
 * has applied everything.
 *
 * Safe while evaluation instances are running (or restarting): every effect is an increment committed
 * together with its processed-event row, so an event applied concurrently is either wiped with its row
 * (and replayed, since the consumer is deleted only after the wipe) or kept with it (and skipped).
 * Running instances pause while their consumer is missing and share the re-created one once their
 * client notices it (within about a minute). Readers see partial numbers until the replay ends.
 */
export async function rebuildMembershipProjection(options: RebuildOptions): Promise<void> {
  const stream = new Namespace(options.namespace).stream(MEMBERSHIP_STREAM.name);
  await emptyProjection(options.ownerDatabaseUrl);
  await deleteDurableConsumer(options.natsUrl, stream);
  options.logger.log(`emptied ${MEMBERSHIP_PROJECTION}; replaying ${stream}`, 'ProjectionRebuild');

  const app = await NestFactory.createApplicationContext(AppModule, { logger: options.logger });
  try {
    await app
      .get(EventConsumerRunner)
      .waitUntilCaughtUp(app.get(MembershipProjectionConsumer), options.timeoutMs ?? 60 * 60_000);
    options.logger.log(`${MEMBERSHIP_PROJECTION} rebuilt from ${stream}`, 'ProjectionRebuild');
  } finally {
    await app.close();
  }
}

async function deleteDurableConsumer(natsUrl: string, stream: string): Promise<void> {
  const nats = await connect({ ...natsConnectOptions(natsUrl), name: `${MEMBERSHIP_PROJECTION}-rebuild` });
  try {
    const jsm = await jetstreamManager(nats);
    await jsm.consumers.delete(stream, MEMBERSHIP_PROJECTION).catch((error: unknown) => {
      if (!/not found/i.test(String(error))) throw error;
    });
  } finally {
    await nats.drain();
  }
}

/**
 * As the owner: TRUNCATE is not subject to row-level security, and the runtime role may not run it.
 * The processed-event rows go in the same transaction, so no event keeps its row without its effect.
 */
async function emptyProjection(ownerDatabaseUrl: string): Promise<void> {
  const client = new Client({
    connectionString: ownerDatabaseUrl,
    application_name: `${MEMBERSHIP_PROJECTION}-rebuild`,
  });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`TRUNCATE ${MEMBERSHIP_PROJECTION_TABLES.join(', ')}`);
    // FORCE binds the owner to the tenant policy for DML; lifting it only inside this transaction
    // (ALTER TABLE holds its exclusive lock until commit) lets the owner delete across tenants.
    await client.query('ALTER TABLE evaluation.processed_events NO FORCE ROW LEVEL SECURITY');
    await client.query('DELETE FROM evaluation.processed_events WHERE consumer = $1', [
      MEMBERSHIP_PROJECTION,
    ]);
    await client.query('ALTER TABLE evaluation.processed_events FORCE ROW LEVEL SECURITY');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
