import { randomUUID } from 'node:crypto';

import { eventually } from '@groundwork/testing';
import { addMember, signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { createPersonId, eventsOf } from '../support/organizations-fixtures';

describe('one-on-ones', () => {
  const harness = useMembershipHarness();
  let owner: Member;
  let organizer: Member;
  let ella: string;
  let bayard: string;

  beforeEach(async () => {
    owner = await signUp(harness.rpc, 'OneOnOnes');
    organizer = await addMember(harness.rpc, harness.sql, owner, 'ORGANIZER');
    ella = await createPersonId(harness.rpc, owner, 'Ella');
    bayard = await createPersonId(harness.rpc, owner, 'Bayard');
  });

  const record = (as: Member, fields: Record<string, unknown>) =>
    harness.rpc.ok(
      'membership.one-on-one.record',
      { personId: ella, heldOn: '2026-03-02', ...fields },
      as.as,
    );

  it('records a full one-on-one for the recording user, reads it back and updates named fields', async () => {
    const recorded = await record(organizer, {
      durationMinutes: 45,
      place: 'Kitchen table, Maple Court',
      selfInterest: 'Her kids breathe mould at night.\nWants the landlord to act.',
      concerns: 'Mould; rent increases',
      commitmentAsked: 'Host a house meeting',
      commitmentMade: 'Will invite four neighbours',
      nextStep: 'Call back about the date',
      nextStepDueOn: '2026-03-09',
      relationshipStrength: 4,
    });
    expect(recorded).toMatchObject({
      organizerId: organizer.userId,
      personId: ella,
      heldOn: '2026-03-02',
      durationMinutes: 45,
      selfInterest: 'Her kids breathe mould at night.\nWants the landlord to act.',
      nextStepDueOn: '2026-03-09',
      relationshipStrength: 4,
    });
    expect(await harness.rpc.ok('membership.one-on-one.get', { id: recorded.id }, owner.as)).toEqual(
      recorded,
    );

    const updated = await harness.rpc.ok(
      'membership.one-on-one.update',
      { id: recorded.id, relationshipStrength: 5, place: null, commitmentMade: 'Invited six' },
      owner.as,
    );
    expect(updated).toEqual({
      ...recorded,
      relationshipStrength: 5,
      place: null,
      commitmentMade: 'Invited six',
      updatedAt: updated.updatedAt,
    });
    expect(
      await harness.rpc.ok(
        'membership.one-on-one.update',
        { id: recorded.id, relationshipStrength: 5 },
        owner.as,
      ),
    ).toEqual(updated);
    expect(
      await harness.rpc.error(
        'membership.one-on-one.update',
        { id: recorded.id, heldOn: '2026-03-10' },
        owner.as,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'nextStepDueOn' } });
    expect(await harness.rpc.ok('membership.one-on-one.get', { id: recorded.id }, owner.as)).toEqual(updated);

    await eventually(async () => {
      const events = await eventsOf(harness.rpc.connection, owner.tenantId, ['one-on-one.']);
      expect(events.map((event) => [event.envelope.type, event.envelope.data])).toEqual([
        [
          'membership.one-on-one.recorded',
          {
            oneOnOneId: recorded.id,
            organizerId: organizer.userId,
            personId: ella,
            heldOn: '2026-03-02',
            relationshipStrength: 4,
          },
        ],
        [
          'membership.one-on-one.updated',
          {
            oneOnOneId: recorded.id,
            changedFields: ['place', 'commitmentMade', 'relationshipStrength'],
            updatedAt: updated.updatedAt,
          },
        ],
      ]);
      expect(JSON.stringify(events)).not.toContain('mould');
    });
  });

  it('refuses an organizer who is not a user of the coalition and a person it does not have', async () => {
    const stranger = await signUp(harness.rpc, 'Stranger');
    expect(
      await harness.rpc.error(
        'membership.one-on-one.record',
        { personId: ella, heldOn: '2026-03-02', organizerId: stranger.userId },
        owner.as,
      ),
    ).toMatchObject({ code: 'NOT_FOUND', details: { field: 'organizerId' } });
    expect(
      await harness.rpc.error(
        'membership.one-on-one.record',
        { personId: randomUUID(), heldOn: '2026-03-02' },
        owner.as,
      ),
    ).toMatchObject({ code: 'NOT_FOUND', details: { field: 'personId' } });
    expect(
      await harness.rpc.error(
        'membership.one-on-one.record',
        { personId: ella, heldOn: '2026-03-02' },
        { tenantId: owner.tenantId, actorId: randomUUID(), actorType: 'api-token' },
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'organizerId' } });
    expect(await harness.sql.query(owner.tenantId, 'SELECT id FROM membership.one_on_ones')).toEqual([]);
  });

  it('lists per person, per organizer and within dates, newest first, and counts per organizer per week', async () => {
    const a = await record(organizer, { heldOn: '2026-03-02' }); // Monday, week of 03-02
    const b = await record(organizer, { heldOn: '2026-03-08', personId: bayard }); // Sunday, same week
    const c = await record(owner, { heldOn: '2026-03-09' }); // next Monday
    const d = await record(organizer, { heldOn: '2026-03-11' });
    const e = await record(owner, { heldOn: '2025-12-31', personId: bayard });

    const ids = async (request: Record<string, unknown>) =>
      (await harness.rpc.ok('membership.one-on-one.list', request, owner.as)).items.map((item) => item.id);
    expect(await ids({})).toEqual([d.id, c.id, b.id, a.id, e.id]);
    expect(await ids({ personId: ella })).toEqual([d.id, c.id, a.id]);
    expect(await ids({ organizerId: organizer.userId })).toEqual([d.id, b.id, a.id]);
    expect(await ids({ from: '2026-03-02', to: '2026-03-09' })).toEqual([c.id, b.id, a.id]);
    expect(await ids({ personId: bayard, organizerId: owner.userId })).toEqual([e.id]);
    const first = await harness.rpc.ok('membership.one-on-one.list', { first: 3 }, owner.as);
    const next = await harness.rpc.ok(
      'membership.one-on-one.list',
      { first: 3, after: first.endCursor ?? undefined },
      owner.as,
    );
    expect([...first.items, ...next.items].map((item) => item.id)).toEqual([d.id, c.id, b.id, a.id, e.id]);
    expect([first.totalCount, first.hasNextPage, next.hasNextPage]).toEqual([5, true, false]);

    const weekly = await harness.rpc.ok(
      'membership.one-on-one.weekly-counts',
      { from: '2026-01-01', to: '2026-12-31' },
      owner.as,
    );
    expect(weekly).toEqual([
      { organizerId: organizer.userId, weekStart: '2026-03-02', count: 2 },
      ...[
        { organizerId: organizer.userId, weekStart: '2026-03-09', count: 1 },
        { organizerId: owner.userId, weekStart: '2026-03-09', count: 1 },
      ].sort((x, y) => x.organizerId.localeCompare(y.organizerId)),
    ]);
    expect(
      await harness.rpc.ok(
        'membership.one-on-one.weekly-counts',
        { from: '2025-12-29', to: '2026-03-08', organizerId: owner.userId },
        owner.as,
      ),
    ).toEqual([{ organizerId: owner.userId, weekStart: '2025-12-29', count: 1 }]);
  });
});
