/**
 * Corks a pg client's socket while queries are queued, so a pipelined batch leaves in one write.
 * pg writes each query as it is queued; its socket is not public API, so this holds only if present.
 * Shared by `TenantReads` and the benchmark's baselines, which must pipeline exactly the same way.
 */
export function inOneWrite<T>(client: object, queue: () => T): T {
  const socket = (client as { connection?: { stream?: { cork?(): void; uncork?(): void } } }).connection
    ?.stream;
  socket?.cork?.();
  try {
    return queue();
  } finally {
    socket?.uncork?.();
  }
}
