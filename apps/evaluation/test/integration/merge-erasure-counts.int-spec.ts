import { randomUUID } from 'node:crypto';
import { duplicateEvents, type EventEnvelope } from '@groundwork/contracts';
import { EvaluationHarness } from './support/evaluation-harness';

function envelope<T>(
  tenantId: string,
  definition: { type: string; version: number },
  data: T,
): EventEnvelope<T> {
  return {
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    tenantId,
    occurredAt: new Date().toISOString(),
    actor: { id: randomUUID(), type: 'user' },
    correlationId: randomUUID(),
    data,
  };
}

describe('merges and erasures keep the membership counts right', () => {
  let harness: EvaluationHarness;

  beforeAll(async () => {
    harness = await EvaluationHarness.start();
  });

  afterAll(() => harness.close());

  const merged = (
    tenantId: string,
    data: { createdAt: string; archivedAt: string | null; keptPersonId?: string },
  ) =>
    envelope(tenantId, duplicateEvents.personMerged, {
      personId: data.keptPersonId ?? randomUUID(),
      keptPersonId: data.keptPersonId ?? randomUUID(),
      mergedPersonId: randomUUID(),
      mergeId: randomUUID(),
      mergedPersonCreatedAt: data.createdAt,
      mergedPersonArchivedAt: data.archivedAt,
      mergedAt: '2024-03-01T10:00:00Z',
    });

  it('takes a merged-away duplicate’s join (and archive) back on the days they were counted', async () => {
    const tenantId = randomUUID();
    const { events } = harness;
    const [kept, duplicate, archivedDuplicate] = [randomUUID(), randomUUID(), randomUUID()];
    await events.publishAll([
      events.personCreated(tenantId, '2024-01-10T10:00:00Z', kept),
      events.personCreated(tenantId, '2024-01-11T10:00:00Z', duplicate),
      events.personCreated(tenantId, '2024-01-12T10:00:00Z', archivedDuplicate),
      events.personArchived(tenantId, archivedDuplicate, '2024-01-20T10:00:00Z'),
    ]);
    await harness.caughtUp();
    expect((await harness.overview(tenantId)).totalPeople).toBe(2);

    await events.publishAll([
      merged(tenantId, { keptPersonId: kept, createdAt: '2024-01-11T10:00:00Z', archivedAt: null }),
      merged(tenantId, {
        keptPersonId: kept,
        createdAt: '2024-01-12T10:00:00Z',
        archivedAt: '2024-01-20T10:00:00Z',
      }),
    ]);
    await harness.caughtUp();
    expect((await harness.overview(tenantId)).totalPeople).toBe(1);
    const trend = await harness.trend(tenantId, {
      from: '2024-01-10T00:00:00Z',
      to: '2024-01-31T00:00:00Z',
      interval: 'MONTH',
    });
    expect(trend).toEqual([{ at: '2024-01-01T00:00:00.000Z', total: 1, joined: 1, archived: 0 }]);
  });

  it('counts an erased person who was on the rolls as leaving on the day of the erasure, and one archived before not again', async () => {
    const tenantId = randomUUID();
    const { events } = harness;
    const [living, archived] = [randomUUID(), randomUUID()];
    await events.publishAll([
      events.personCreated(tenantId, '2024-02-01T10:00:00Z', living),
      events.personCreated(tenantId, '2024-02-02T10:00:00Z', archived),
      events.personArchived(tenantId, archived, '2024-02-03T10:00:00Z'),
      envelope(tenantId, duplicateEvents.personErased, {
        personId: living,
        archivedAt: null,
        erasedAt: '2024-02-10T10:00:00Z',
      }),
      envelope(tenantId, duplicateEvents.personErased, {
        personId: archived,
        archivedAt: '2024-02-03T10:00:00Z',
        erasedAt: '2024-02-10T11:00:00Z',
      }),
    ]);
    await harness.caughtUp();
    expect((await harness.overview(tenantId)).totalPeople).toBe(0);
    const trend = await harness.trend(tenantId, {
      from: '2024-02-01T00:00:00Z',
      to: '2024-02-29T00:00:00Z',
      interval: 'MONTH',
    });
    // Anonymous counts stay: both joins remain counted, and each left the rolls once.
    expect(trend).toEqual([{ at: '2024-02-01T00:00:00.000Z', total: 0, joined: 2, archived: 2 }]);
  });

  it('applies a redelivered merge once', async () => {
    const tenantId = randomUUID();
    const { events } = harness;
    await events.publishAll([
      events.personCreated(tenantId, '2024-04-01T10:00:00Z'),
      events.personCreated(tenantId, '2024-04-01T11:00:00Z'),
    ]);
    const merge = merged(tenantId, { createdAt: '2024-04-01T11:00:00Z', archivedAt: null });
    await events.publish(merge, randomUUID());
    await events.publish(merge, randomUUID());
    await harness.caughtUp();
    expect((await harness.overview(tenantId)).totalPeople).toBe(1);
  });
});
