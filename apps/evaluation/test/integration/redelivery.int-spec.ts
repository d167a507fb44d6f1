import { randomUUID } from 'node:crypto';
import { eventually } from '@groundwork/testing';
import { MEMBERSHIP_PROJECTION } from '../../src/membership-projection/membership-projection.consumer';
import { EvaluationHarness } from './support/evaluation-harness';

describe('a redelivered event changes the projection once', () => {
  let harness: EvaluationHarness;

  beforeAll(async () => {
    harness = await EvaluationHarness.start();
  });

  afterAll(() => harness.close());

  const projectionRows = async (tenantId: string, eventId: string) => {
    const [row] = await harness.sql.query<{ joined: number; people: number; processed: number }>(
      tenantId,
      `SELECT (SELECT sum(joined) FROM evaluation.membership_daily)::int AS joined,
              (SELECT people FROM evaluation.membership_totals) AS people,
              (SELECT count(*) FROM evaluation.processed_events WHERE consumer = $1 AND event_id = $2)::int AS processed`,
      [MEMBERSHIP_PROJECTION, eventId],
    );
    return row;
  };

  it('when the same event arrives again after it was applied', async () => {
    // Two different Nats-Msg-Ids, so JetStream stores both copies: the consumer sees the event twice,
    // as it would after a crash between commit and ack or a relay re-publishing after its window.
    const tenantId = randomUUID();
    const created = harness.events.personCreated(tenantId, '2024-05-01T10:00:00Z');
    const first = await harness.events.publish(created, randomUUID());
    const second = await harness.events.publish(created, randomUUID());
    expect([first.duplicate, second.duplicate]).toEqual([false, false]);
    await harness.caughtUp();

    expect(await harness.overview(tenantId)).toEqual({ totalPeople: 1, joinedLast30Days: 0 });
    expect(await projectionRows(tenantId, created.id)).toEqual({ joined: 1, people: 1, processed: 1 });
  });

  it('when applying it failed once and JetStream delivered it again', async () => {
    // A real failure inside the consumer's transaction, after its first write: a trigger (owned by the
    // test, scoped to this tenant) raises on the first write to membership_totals only. The sequence
    // counts attempts outside the transaction, since nextval survives the rollback.
    const tenantId = randomUUID();
    const name = `evaluation.fail_once_${process.env.NATS_NAMESPACE}`;
    await harness.sql.query(null, `CREATE SEQUENCE ${name}`);
    await harness.sql.query(
      null,
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.tenant_id = '${tenantId}' THEN
           IF nextval('${name}') = 1 THEN RAISE EXCEPTION 'injected failure'; END IF;
         END IF;
         RETURN NEW;
       END $$`,
    );
    await harness.sql.query(
      null,
      `CREATE TRIGGER fail_once_${process.env.NATS_NAMESPACE} BEFORE INSERT OR UPDATE ON evaluation.membership_totals
       FOR EACH ROW EXECUTE FUNCTION ${name}()`,
    );
    try {
      const created = harness.events.personCreated(tenantId, '2024-05-01T10:00:00Z');
      await harness.events.publish(created);

      await eventually(async () =>
        expect(await harness.overview(tenantId)).toEqual({ totalPeople: 1, joinedLast30Days: 0 }),
      );
      await harness.caughtUp();
      expect(await projectionRows(tenantId, created.id)).toEqual({ joined: 1, people: 1, processed: 1 });
      const [attempts] = await harness.sql.query<{ last_value: string }>(
        null,
        `SELECT last_value FROM ${name}`,
      );
      expect(attempts?.last_value).toBe('2');
    } finally {
      await harness.sql.query(
        null,
        `DROP TRIGGER fail_once_${process.env.NATS_NAMESPACE} ON evaluation.membership_totals`,
      );
      await harness.sql.query(null, `DROP FUNCTION ${name}()`);
      await harness.sql.query(null, `DROP SEQUENCE ${name}`);
    }
  });
});
