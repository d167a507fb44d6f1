import { membershipEvents } from '@groundwork/contracts';
import type { Pool } from 'pg';
import { personInput } from './fixtures';
import type { GraphQLClient } from './graphql-client';
import { Operations } from './operations';
import { paced, type PacedResult } from './pace';
import { distribution, type Distribution } from './stats';

/** evaluation's consumer of person events (apps/evaluation/src/membership-projection). */
export const PROJECTION_CONSUMER = 'membership-projection';
const PERSON_CREATED = membershipEvents.personCreated.subject;
const CATCH_UP_TIMEOUT_MS = 120_000;

export interface PropagationResult {
  /** outbox.created_at → processed_events.processed_at, per event. */
  latencyMs: Distribution;
  /** Split of the above: outbox.created_at → the relay transaction that picked the row (outbox.sent_at is its now()). */
  relayPickupMs: Distribution;
  /** … and from that relay transaction to evaluation's (publish, JetStream, consumer queue). */
  afterPickupMs: Distribution;
  /** p50 latency of the first and the last quarter of events (in commit order): growth means a backlog. */
  firstQuarterP50Ms: number;
  lastQuarterP50Ms: number;
  /** Events evaluation applied per second, from its first to its last processed_at in the run. */
  applyRatePerSecond: number;
  /** createPerson round trip as the client saw it. */
  mutationMs: Distribution;
  mutations: PacedResult;
  /** Events in the outbox for the run's coalition, and how many reached the projection. */
  eventsWritten: number;
  eventsProcessed: number;
}

/**
 * Creates people at a fixed rate through the gateway (a coalition of their own), then reads, as the
 * superuser, how long each person.created event took from the membership transaction that wrote it
 * to the evaluation transaction that applied it. Both timestamps are `now()` of their transactions
 * on the same Postgres server, so there is no clock skew between them.
 */
export async function measurePropagation(
  client: GraphQLClient,
  admin: Pool,
  tenantId: string,
  ratePerSecond: number,
  durationSeconds: number,
  runTag: string,
): Promise<PropagationResult> {
  const mutationTimes: number[] = [];
  const mutations = await paced(ratePerSecond, durationSeconds, async () => {
    const started = performance.now();
    await client.request(Operations.createPerson, { input: personInput(`${runTag}p`) });
    mutationTimes.push(performance.now() - started);
  });
  const { written, processed } = await waitForProjection(admin, tenantId);
  const { rows } = await admin.query<{
    total: number;
    pickup: number | null;
    after: number | null;
    processed: number;
  }>(
    `SELECT (extract(epoch FROM p.processed_at - o.created_at) * 1000)::float8 AS total,
            (extract(epoch FROM o.sent_at - o.created_at) * 1000)::float8 AS pickup,
            (extract(epoch FROM p.processed_at - o.sent_at) * 1000)::float8 AS after,
            (extract(epoch FROM p.processed_at) * 1000)::float8 AS processed
       FROM membership.outbox o
       JOIN evaluation.processed_events p ON p.tenant_id = o.tenant_id AND p.event_id = o.id AND p.consumer = $3
      WHERE o.tenant_id = $1 AND o.subject = $2
      ORDER BY o.created_at, o.position`,
    [tenantId, PERSON_CREATED, PROJECTION_CONSUMER],
  );
  const quarter = Math.max(1, Math.floor(rows.length / 4));
  const processedTimes = rows.map((row) => row.processed);
  const applySpan = (Math.max(...processedTimes) - Math.min(...processedTimes)) / 1000;
  return {
    latencyMs: distribution(rows.map((row) => row.total)),
    relayPickupMs: distribution(rows.flatMap((row) => (row.pickup === null ? [] : [row.pickup]))),
    afterPickupMs: distribution(rows.flatMap((row) => (row.after === null ? [] : [row.after]))),
    firstQuarterP50Ms: distribution(rows.slice(0, quarter).map((row) => row.total)).p50,
    lastQuarterP50Ms: distribution(rows.slice(-quarter).map((row) => row.total)).p50,
    applyRatePerSecond: applySpan > 0 ? rows.length / applySpan : Number.NaN,
    mutationMs: distribution(mutationTimes),
    mutations,
    eventsWritten: written,
    eventsProcessed: processed,
  };
}

/** Waits until evaluation has applied every person.created event of the coalitions given (or times out). */
export async function waitForProjection(
  admin: Pool,
  tenantId: string,
  timeoutMs = CATCH_UP_TIMEOUT_MS,
): Promise<{ written: number; processed: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await admin.query<{ written: number; processed: number }>(
      `SELECT (SELECT count(*) FROM membership.outbox WHERE tenant_id = $1 AND subject = $2)::int AS written,
              (SELECT count(*) FROM evaluation.processed_events WHERE tenant_id = $1 AND consumer = $3)::int AS processed`,
      [tenantId, PERSON_CREATED, PROJECTION_CONSUMER],
    );
    const counts = rows[0] ?? { written: 0, processed: 0 };
    if (counts.processed >= counts.written || Date.now() > deadline) return counts;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
