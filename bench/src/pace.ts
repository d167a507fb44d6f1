import { setTimeout as sleep } from 'node:timers/promises';

export interface PacedResult {
  issued: number;
  failed: number;
  /** First failure, to show in the report. */
  firstError?: string;
  /** How far the schedule slipped at worst, in ms; large values mean the client could not keep the rate. */
  maxLagMs: number;
  durationSeconds: number;
}

const MAX_IN_FLIGHT = 2000;
const TICK_MS = 2;

/**
 * Open-loop load: starts `send(i)` at a fixed `ratePerSecond` for `durationSeconds`, whether or not
 * earlier calls have finished (capped at MAX_IN_FLIGHT), then waits for all of them.
 */
export async function paced(
  ratePerSecond: number,
  durationSeconds: number,
  send: (index: number) => Promise<void>,
): Promise<PacedResult> {
  const total = Math.round(ratePerSecond * durationSeconds);
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  const result: PacedResult = { issued: 0, failed: 0, maxLagMs: 0, durationSeconds: 0 };
  while (result.issued < total) {
    const elapsed = performance.now() - started;
    const due = Math.min(total, Math.floor((elapsed / 1000) * ratePerSecond) + 1);
    while (result.issued < due && inFlight.size < MAX_IN_FLIGHT) {
      const scheduledAt = (result.issued / ratePerSecond) * 1000;
      result.maxLagMs = Math.max(result.maxLagMs, elapsed - scheduledAt);
      const call: Promise<void> = send(result.issued)
        .catch((error: unknown) => {
          result.failed += 1;
          result.firstError ??= error instanceof Error ? error.message : String(error);
        })
        .finally(() => inFlight.delete(call));
      inFlight.add(call);
      result.issued += 1;
    }
    await sleep(TICK_MS);
  }
  result.durationSeconds = (performance.now() - started) / 1000;
  await Promise.all(inFlight);
  return result;
}
