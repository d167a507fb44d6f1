import { randomUUID } from 'node:crypto';
import { importEvents, type EventEnvelope } from '@groundwork/contracts';
import { EvaluationHarness } from './support/evaluation-harness';

function envelope<T>(
  tenantId: string,
  definition: { type: string; version: number },
  occurredAt: string,
  data: T,
): EventEnvelope<T> {
  return {
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    tenantId,
    occurredAt,
    actor: { id: randomUUID(), type: 'user' },
    correlationId: randomUUID(),
    data,
  };
}

describe('imports count in the membership projection', () => {
  let harness: EvaluationHarness;

  beforeAll(async () => {
    harness = await EvaluationHarness.start();
  });

  afterAll(() => harness.close());

  const imported = (
    tenantId: string,
    importId: string,
    at: string,
    chunk: number,
    created: number,
    updated = 0,
  ) =>
    envelope(tenantId, importEvents.peopleImported, at, {
      importId,
      chunk,
      firstRow: 1,
      lastRow: created + updated,
      created,
      updated,
    });
  const undone = (tenantId: string, importId: string, removed: number) =>
    envelope(tenantId, importEvents.importUndone, '2024-02-10T09:00:00Z', {
      importId,
      removed,
      restored: 0,
      undoneAt: '2024-02-10T09:00:00Z',
    });

  it('counts the people each chunk created on its day, and an undo takes them back on those days', async () => {
    const tenantId = randomUUID();
    const importId = randomUUID();
    await harness.events.publishAll([
      harness.events.personCreated(tenantId, '2024-02-01T10:00:00Z'),
      imported(tenantId, importId, '2024-02-01T23:59:00Z', 1, 20_000, 5),
      imported(tenantId, importId, '2024-02-02T00:01:00Z', 2, 3_000),
      imported(tenantId, randomUUID(), '2024-02-03T08:00:00Z', 1, 0, 40),
    ]);
    await harness.caughtUp();
    expect((await harness.overview(tenantId)).totalPeople).toBe(23_001);

    await harness.events.publishAll([undone(tenantId, importId, 23_000)]);
    await harness.caughtUp();

    expect((await harness.overview(tenantId)).totalPeople).toBe(1);
    const trend = await harness.trend(tenantId, {
      from: '2024-02-01T00:00:00Z',
      to: '2024-02-10T23:59:59Z',
      interval: 'DAY',
    });
    expect(trend.filter((bucket) => bucket.joined !== 0)).toEqual([
      { at: '2024-02-01T00:00:00.000Z', total: 1, joined: 1, archived: 0 },
    ]);
  });

  it('applies a redelivered chunk once', async () => {
    const tenantId = randomUUID();
    const chunk = imported(tenantId, randomUUID(), '2024-02-01T10:00:00Z', 1, 7);
    await harness.events.publish(chunk);
    await harness.events.publish(chunk, randomUUID());
    await harness.caughtUp();
    expect((await harness.overview(tenantId)).totalPeople).toBe(7);
  });
});
