import { DiscardPolicy, RetentionPolicy, StorageType, type JetStreamManager } from '@nats-io/jetstream';
import type { Namespace } from '../nats/namespace';

/**
 * Creates or updates a service's event stream. Limits retention with no age limit keeps the full
 * history, so a projection can be rebuilt from the start. Durability across crashes comes from the
 * server's `sync_interval: always` in production (see infra/nats).
 */
export async function ensureStream(
  jsm: JetStreamManager,
  namespace: Namespace,
  stream: { name: string; subjects: string[] },
): Promise<string> {
  const name = namespace.stream(stream.name);
  const config = {
    name,
    subjects: stream.subjects.map((subject) => namespace.subject(subject)),
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    duplicate_window: 2 * 60 * 1_000_000_000,
  };
  try {
    await jsm.streams.info(name);
    await jsm.streams.update(name, config);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    try {
      await jsm.streams.add(config);
    } catch (addError) {
      // Another instance created it between our look-up and add.
      if (!String(addError).includes('already in use')) throw addError;
    }
  }
  return name;
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && /not found/i.test(error.message);
}
