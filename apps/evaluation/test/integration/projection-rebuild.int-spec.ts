import { randomUUID } from 'node:crypto';
import { JsonLogger } from '@groundwork/service-kit';
import { eventually } from '@groundwork/testing';
import { MEMBERSHIP_PROJECTION } from '../../src/membership-projection/membership-projection.consumer';
import { rebuildMembershipProjection } from '../../src/membership-projection/rebuild-membership-projection';
import { EvaluationHarness } from './support/evaluation-harness';

// The rebuild TRUNCATEs the projection tables of the shared test database: it runs under the
// harness's exclusive lock so other runs of this suite wait. Other packages' suites do not touch them.
describe('projection rebuild', () => {
  let harness: EvaluationHarness;
  const tenantA = randomUUID();
  const tenantB = randomUUID();
  const eventIdsOfA: string[] = [];

  beforeAll(async () => {
    harness = await EvaluationHarness.start();
    const { events } = harness;
    const [a1, b1] = [randomUUID(), randomUUID()];
    const historyOfA = [
      events.personCreated(tenantA, '2024-01-03T10:00:00Z', a1),
      events.personCreated(tenantA, '2024-01-20T10:00:00Z'),
      events.personCreated(tenantA, '2024-02-11T10:00:00Z'),
      events.personArchived(tenantA, a1, '2024-02-12T10:00:00Z'),
    ];
    eventIdsOfA.push(...historyOfA.map((event) => event.id));
    await events.publishAll([
      ...historyOfA,
      events.personCreated(tenantB, '2024-01-05T10:00:00Z', b1),
      events.personArchived(tenantB, b1, '2024-03-01T10:00:00Z'),
      events.personCreated(tenantB, '2024-03-02T10:00:00Z'),
    ]);
    // A copy the stream keeps (another Nats-Msg-Id): the replay must skip it as the live consumer did.
    await events.publish(historyOfA[1]!, randomUUID());
    await harness.caughtUp();
  });

  afterAll(() => harness.close());

  const snapshot = async (tenantId: string) => ({
    overview: await harness.overview(tenantId),
    days: await harness.trend(tenantId, {
      from: '2024-01-01T00:00:00Z',
      to: '2024-03-31T00:00:00Z',
      interval: 'DAY',
    }),
    months: await harness.trend(tenantId, {
      from: '2023-11-01T00:00:00Z',
      to: '2024-04-01T00:00:00Z',
      interval: 'MONTH',
    }),
  });

  it(
    'empties the projection and replays the stream to the same numbers, while the service runs',
    () =>
      harness.lock.exclusively(async () => {
        const before = { a: await snapshot(tenantA), b: await snapshot(tenantB) };
        expect(before.a.overview.totalPeople).toBe(2);
        expect(before.a.months.map((point) => point.total)).toEqual([0, 0, 2, 2, 2, 2]);
        expect(before.b.months.map((point) => point.total)).toEqual([0, 0, 1, 1, 1, 1]);

        // Damage the projection so only emptying it, not just replaying on top, restores the numbers.
        await harness.sql.query(
          tenantA,
          `INSERT INTO evaluation.membership_daily (tenant_id, day, joined) VALUES ($1, '2024-01-15', 50)`,
          [tenantA],
        );
        await harness.sql.query(tenantB, `UPDATE evaluation.membership_totals SET people = people + 100`);
        expect((await harness.overview(tenantB)).totalPeople).toBe(101);

        await rebuildMembershipProjection({
          ownerDatabaseUrl: process.env.OWNER_DATABASE_URL!,
          natsUrl: process.env.NATS_URL!,
          namespace: process.env.NATS_NAMESPACE!,
          logger: new JsonLogger('evaluation', 'warn'),
        });

        expect({ a: await snapshot(tenantA), b: await snapshot(tenantB) }).toEqual(before);
        const processed = await harness.sql.query<{ event_id: string }>(
          tenantA,
          `SELECT event_id FROM evaluation.processed_events WHERE consumer = $1`,
          [MEMBERSHIP_PROJECTION],
        );
        expect(processed.map((row) => row.event_id).sort()).toEqual([...eventIdsOfA].sort());
      }),
    60_000,
  );

  it('leaves the running service consuming new events', async () => {
    await harness.events.publish(harness.events.personCreated(tenantA, '2024-03-15T10:00:00Z'));
    await eventually(async () => expect((await harness.overview(tenantA)).totalPeople).toBe(3), 80_000, 500);
  }, 90_000);
});
