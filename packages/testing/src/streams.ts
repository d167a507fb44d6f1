import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';

/**
 * Deletes the streams a test namespace created, so test runs leave the shared server clean. Several
 * closers of one test file may run it at once, so a stream already gone is fine.
 */
export async function deleteNamespaceStreams(nats: NatsConnection, namespace: string): Promise<void> {
  if (!namespace) throw new Error('refusing to delete streams outside a test namespace');
  const jsm = await jetstreamManager(nats);
  const prefix = `${namespace.toUpperCase().replace(/-/g, '_')}_`;
  for await (const name of jsm.streams.names()) {
    if (!name.startsWith(prefix)) continue;
    await jsm.streams.delete(name).catch((error: unknown) => {
      if (!(error instanceof Error && /stream not found/i.test(error.message))) throw error;
    });
  }
}
