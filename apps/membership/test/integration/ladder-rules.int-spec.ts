import { randomUUID } from 'node:crypto';
import type { EventEnvelope, LadderLevelDto } from '@groundwork/contracts';
import { Namespace, ensureStream } from '@groundwork/service-kit';
import { eventually } from '@groundwork/testing';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

const CHECKED_IN = 'campaigns.attendance.checked-in';
const DAY = 24 * 60 * 60 * 1000;

/**
 * Rules move people from another service's events. The test plays the campaigns service: it creates
 * CAMPAIGNS_EVENTS under this file's namespace after membership has started (membership waits for
 * it) and publishes synthetic check-ins.
 */
describe('ladder rules from events of other services', () => {
  const harness = useMembershipHarness();
  const namespace = new Namespace(process.env.NATS_NAMESPACE!);
  let a: Member;
  let b: Member;
  let levels: LadderLevelDto[];
  const level = (name: string) => levels.find((l) => l.name === name)!;

  beforeAll(async () => {
    // Membership booted before the stream existed; it must be up and answering meanwhile.
    a = await signUp(harness.rpc, 'Rules');
    b = await signUp(harness.rpc, 'Other');
    await ensureStream(await jetstreamManager(harness.rpc.connection), namespace, {
      name: 'CAMPAIGNS_EVENTS',
      subjects: ['events.campaigns.>'],
    });
    levels = await harness.rpc.ok('membership.ladder.level.list', {}, a.as);
  });

  const checkIn = (
    tenant: Member,
    personId: string,
    daysAgo: number,
    id: string = randomUUID(),
  ): EventEnvelope => ({
    id,
    type: CHECKED_IN,
    version: 1,
    tenantId: tenant.tenantId,
    occurredAt: new Date(Date.now() - daysAgo * DAY).toISOString(),
    actor: null,
    correlationId: randomUUID(),
    data: { personId, eventId: randomUUID() },
  });

  /** Publishes with its own message id each time, so JetStream stores a repeat as a second message. */
  const publish = async (event: EventEnvelope, type = CHECKED_IN) => {
    await jetstream(harness.rpc.connection).publish(
      namespace.subject(`events.${type}`),
      JSON.stringify(event),
      {
        msgID: randomUUID(),
      },
    );
  };

  const processed = async (tenant: Member, ids: string[]) =>
    eventually(async () => {
      const rows = await harness.sql.query<{ n: number }>(
        tenant.tenantId,
        `SELECT count(*)::int AS n FROM membership.processed_events WHERE consumer = 'membership-ladder' AND event_id = ANY($1::uuid[])`,
        [ids],
      );
      expect(rows[0]!.n).toBe(new Set(ids).size);
    }, 60_000);

  const history = (personId: string, tenant = a) =>
    harness.rpc.ok('membership.ladder.history.list', { personId }, tenant.as);

  it('moves a person once three check-ins fall within 90 days, names the rule, and redelivery moves nobody twice', async () => {
    const rule = await harness.rpc.ok(
      'membership.ladder.rule.create',
      {
        name: 'Three events in 90 days',
        eventType: CHECKED_IN,
        minCount: 3,
        windowDays: 90,
        targetLevelId: level('Active').id,
      },
      a.as,
    );
    const ada = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Ada', lastName: 'Rule' },
      a.as,
    );

    const old = checkIn(a, ada.id, 120);
    const first = checkIn(a, ada.id, 10);
    const second = checkIn(a, ada.id, 5);
    for (const event of [old, first, second, second]) await publish(event);
    await processed(a, [old.id, first.id, second.id]);
    // The old check-in is outside the window and the repeated one counts once: two, not three.
    expect((await history(ada.id)).items).toEqual([]);

    const third = checkIn(a, ada.id, 0);
    await publish(third);
    await publish(third);
    await processed(a, [third.id]);
    const moves = await eventually(async () => {
      const page = await history(ada.id);
      expect(page.totalCount).toBe(1);
      return page.items;
    });
    expect(moves[0]).toMatchObject({
      fromLevelId: null,
      toLevelId: level('Active').id,
      ruleId: rule.id,
      changedBy: null,
      reason: 'Rule: Three events in 90 days',
    });
    const facts = await harness.sql.query(
      a.tenantId,
      `SELECT event_id FROM membership.ladder_event_facts WHERE person_id = $1`,
      [ada.id],
    );
    expect(facts).toHaveLength(4);

    // Another check-in keeps the rule satisfied but the person is already at its level.
    const fourth = checkIn(a, ada.id, 0);
    await publish(fourth);
    await processed(a, [fourth.id]);
    expect((await history(ada.id)).totalCount).toBe(1);
  });

  it('never moves a person down, and ignores people of other coalitions, unknown people and inactive rules', async () => {
    await harness.rpc.ok(
      'membership.ladder.rule.create',
      {
        name: 'One event',
        eventType: CHECKED_IN,
        minCount: 1,
        windowDays: 30,
        targetLevelId: level('Supporter').id,
      },
      a.as,
    );
    const leader = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Lea', lastName: 'Der' },
      a.as,
    );
    await harness.rpc.ok(
      'membership.ladder.person.move',
      { personId: leader.id, levelId: level('Leader').id, reason: 'leads' },
      a.as,
    );
    const ofB = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Bea', lastName: 'Other' },
      b.as,
    );

    const events = [checkIn(a, leader.id, 1), checkIn(a, ofB.id, 1), checkIn(a, randomUUID(), 1)];
    for (const event of events) await publish(event);
    await processed(
      a,
      events.map((e) => e.id),
    );

    expect((await history(leader.id)).totalCount).toBe(1);
    expect((await history(ofB.id, b)).totalCount).toBe(0);
    expect(await harness.sql.query(b.tenantId, `SELECT 1 FROM membership.ladder_event_facts`)).toEqual([]);
    expect(
      await harness.sql.query(
        a.tenantId,
        `SELECT 1 FROM membership.ladder_event_facts WHERE person_id = $1`,
        [ofB.id],
      ),
    ).toEqual([]);
  });

  it('lets an admin deactivate a rule; a rule that moved people cannot be deleted', async () => {
    const rule = await harness.rpc.ok(
      'membership.ladder.rule.create',
      {
        name: 'Core',
        eventType: 'campaigns.action.led',
        minCount: 1,
        windowDays: 30,
        targetLevelId: level('Core leader').id,
        active: false,
      },
      a.as,
    );
    const grace = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Grace', lastName: 'Rule' },
      a.as,
    );
    const led = { ...checkIn(a, grace.id, 0), type: 'campaigns.action.led' };
    await publish(led, 'campaigns.action.led');
    await processed(a, [led.id]);
    expect((await history(grace.id)).totalCount).toBe(0);

    await harness.rpc.ok('membership.ladder.rule.update', { id: rule.id, active: true }, a.as);
    const again = { ...checkIn(a, grace.id, 0), type: 'campaigns.action.led' };
    await publish(again, 'campaigns.action.led');
    await processed(a, [again.id]);
    expect((await history(grace.id)).items.map((c) => c.ruleId)).toEqual([rule.id]);
    expect(await harness.rpc.error('membership.ladder.rule.delete', { id: rule.id }, a.as)).toMatchObject({
      code: 'CONFLICT',
    });

    const unused = await harness.rpc.ok(
      'membership.ladder.rule.create',
      {
        name: 'Unused',
        eventType: 'listening.conversation.held',
        minCount: 2,
        windowDays: 60,
        targetLevelId: level('Active').id,
      },
      a.as,
    );
    await harness.rpc.ok('membership.ladder.rule.delete', { id: unused.id }, a.as);
    expect((await harness.rpc.ok('membership.ladder.rule.list', {}, a.as)).map((r) => r.id)).not.toContain(
      unused.id,
    );
  });

  it('refuses bad rules and writes nothing', async () => {
    const base = {
      name: 'Bad',
      eventType: CHECKED_IN,
      minCount: 3,
      windowDays: 90,
      targetLevelId: level('Active').id,
    };
    const before = await harness.rpc.ok('membership.ladder.rule.list', {}, a.as);
    for (const [field, value] of [
      ['eventType', 'NOT A TYPE'],
      ['eventType', 'x'.repeat(200) + '.y'],
      ['minCount', 0],
      ['minCount', '3'],
      ['windowDays', 99999],
      ['targetLevelId', 'not-a-uuid'],
      ['name', '<script>'],
    ] as const) {
      expect(
        await harness.rpc.error('membership.ladder.rule.create', { ...base, [field]: value }, a.as),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field },
      });
    }
    const levelsOfB = await harness.rpc.ok('membership.ladder.level.list', {}, b.as);
    expect(
      await harness.rpc.error(
        'membership.ladder.rule.create',
        { ...base, targetLevelId: levelsOfB[0]!.id },
        a.as,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'targetLevelId' } });
    expect(await harness.rpc.ok('membership.ladder.rule.list', {}, a.as)).toEqual(before);
  });
});
