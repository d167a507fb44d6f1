import { randomUUID } from 'node:crypto';
import type { TrendPointDto } from '@groundwork/contracts';
import { MEMBERSHIP_PROJECTION } from '../../src/membership-projection/membership-projection.consumer';
import { EvaluationHarness } from './support/evaluation-harness';

const DAY_MS = 86_400_000;

describe('overview and membership trend', () => {
  let harness: EvaluationHarness;
  const tenantId = randomUUID();

  beforeAll(async () => {
    harness = await EvaluationHarness.start();
    const { events } = harness;
    const [p0, p1, p2] = [randomUUID(), randomUUID(), randomUUID()];
    // Days (UTC): 2023-12-20 +1 · 2024-01-08 +1 −1 · 01-10 +1 · 01-11 +1 · 01-17 +1 −1 · 02-05 +1 · 03-02 −1
    await events.publishAll([
      events.personCreated(tenantId, '2023-12-20T10:00:00Z', p0),
      events.personCreated(tenantId, '2024-01-08T09:00:00Z', p1),
      events.personArchived(tenantId, p0, '2024-01-09T00:30:00+01:00'),
      events.personCreated(tenantId, '2024-01-10T12:00:00Z', p2),
      events.personCreated(tenantId, '2024-01-10T23:30:00-05:00'),
      events.personCreated(tenantId, '2024-01-17T08:00:00Z'),
      events.personArchived(tenantId, p1, '2024-01-17T15:00:00Z'),
      events.personCreated(tenantId, '2024-02-05T10:00:00Z'),
      events.personArchived(tenantId, p2, '2024-03-02T10:00:00Z'),
      events.personUpdated(tenantId, p1, '2024-01-12T10:00:00Z'),
    ]);
    await harness.caughtUp();
  });

  afterAll(() => harness.close());

  const point = (at: string, total: number, joined: number, archived: number): TrendPointDto => ({
    at,
    total,
    joined,
    archived,
  });

  it('counts people on the rolls', async () => {
    expect(await harness.overview(tenantId)).toEqual({ totalPeople: 3, joinedLast30Days: 0 });
  });

  it('ignores person.updated: the consumer does not subscribe to it and records nothing for it', async () => {
    const processed = await harness.sql.query(
      tenantId,
      `SELECT 1 FROM evaluation.processed_events WHERE consumer = $1`,
      [MEMBERSHIP_PROJECTION],
    );
    expect(processed).toHaveLength(9);
  });

  it('returns every UTC day, empty ones as zeros, with totals that include history before from', async () => {
    const trend = await harness.trend(tenantId, {
      from: '2024-01-09T00:00:00Z',
      to: '2024-01-12T18:00:00Z',
      interval: 'DAY',
    });
    expect(trend).toEqual([
      point('2024-01-09T00:00:00.000Z', 1, 0, 0),
      point('2024-01-10T00:00:00.000Z', 2, 1, 0),
      point('2024-01-11T00:00:00.000Z', 3, 1, 0),
      point('2024-01-12T00:00:00.000Z', 3, 0, 0),
    ]);
  });

  it('buckets by the UTC day of from and of each event, whatever their offsets', async () => {
    const trend = await harness.trend(tenantId, {
      from: '2024-01-09T01:00:00+02:00',
      to: '2024-01-08T23:59:59Z',
      interval: 'DAY',
    });
    expect(trend).toEqual([point('2024-01-08T00:00:00.000Z', 1, 1, 1)]);
  });

  it('returns weeks starting on Monday', async () => {
    const trend = await harness.trend(tenantId, {
      from: '2024-01-10T00:00:00Z',
      to: '2024-02-06T00:00:00Z',
      interval: 'WEEK',
    });
    expect(trend).toEqual([
      point('2024-01-08T00:00:00.000Z', 3, 3, 1),
      point('2024-01-15T00:00:00.000Z', 3, 1, 1),
      point('2024-01-22T00:00:00.000Z', 3, 0, 0),
      point('2024-01-29T00:00:00.000Z', 3, 0, 0),
      point('2024-02-05T00:00:00.000Z', 4, 1, 0),
    ]);
  });

  it('returns calendar months', async () => {
    const trend = await harness.trend(tenantId, {
      from: '2023-12-01T00:00:00Z',
      to: '2024-04-15T00:00:00Z',
      interval: 'MONTH',
    });
    expect(trend).toEqual([
      point('2023-12-01T00:00:00.000Z', 1, 1, 0),
      point('2024-01-01T00:00:00.000Z', 3, 4, 2),
      point('2024-02-01T00:00:00.000Z', 4, 1, 0),
      point('2024-03-01T00:00:00.000Z', 3, 0, 1),
      point('2024-04-01T00:00:00.000Z', 3, 0, 0),
    ]);
    const fromMidMonth = await harness.trend(tenantId, {
      from: '2024-02-10T00:00:00Z',
      to: '2024-03-10T00:00:00Z',
      interval: 'MONTH',
    });
    expect(fromMidMonth).toEqual([
      point('2024-02-01T00:00:00.000Z', 4, 1, 0),
      point('2024-03-01T00:00:00.000Z', 3, 0, 1),
    ]);
  });

  it('counts joins over the last 30 UTC days, today included', async () => {
    const recent = randomUUID();
    const { events } = harness;
    const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
    const archivedToday = randomUUID();
    await events.publishAll([
      events.personCreated(recent, daysAgo(0), archivedToday),
      events.personCreated(recent, daysAgo(29)),
      events.personCreated(recent, daysAgo(30)),
      events.personCreated(recent, daysAgo(400)),
      events.personArchived(recent, archivedToday, daysAgo(0)),
    ]);
    await harness.caughtUp();

    expect(await harness.overview(recent)).toEqual({ totalPeople: 3, joinedLast30Days: 2 });
    const trend = await harness.trend(recent, {
      from: daysAgo(40),
      to: new Date().toISOString(),
      interval: 'MONTH',
    });
    expect(trend.at(-1)?.total).toBe(3);
  });
});
