import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';

/** Deletes the streams a test namespace created, so test runs leave the shared server clean. */
export async function deleteNamespaceStreams(nats: NatsConnection, namespace: string): Promise<void> {
  if (!namespace) throw new Error('refusing to delete streams outside a test namespace');
  const jsm = await jetstreamManager(nats);
  const prefix = `${namespace.toUpperCase().replace(/-/g, '_')}_`;
  for await (const name of jsm.streams.names()) {
    if (name.startsWith(prefix)) await jsm.streams.delete(name);
  }
}
