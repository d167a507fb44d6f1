import type { PersonDto } from '@groundwork/contracts';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

/** One-on-ones, affiliations and ladder moves appear on the person's timeline, newest first. */
describe('timeline sources of other areas', () => {
  const harness = useMembershipHarness();
  let a: Member;
  let person: PersonDto;

  const timeline = (member: Member, personId: string) =>
    harness.rpc.ok('membership.person.timeline', { personId, first: 50 }, member.as);

  beforeEach(async () => {
    a = await signUp(harness.rpc, 'Timeline');
    person = await harness.rpc.ok('membership.person.create', { firstName: 'Dolores', lastName: 'H' }, a.as);
  });

  it('shows a one-on-one, an affiliation and a level change with their facts', async () => {
    await harness.rpc.ok(
      'membership.one-on-one.record',
      {
        personId: person.id,
        heldOn: '2026-01-05',
        place: 'Kitchen table',
        relationshipStrength: 4,
        nextStep: 'Host a house meeting',
      },
      a.as,
    );
    const organization = await harness.rpc.ok(
      'membership.organization.create',
      { type: 'UNION', name: 'Farm Workers United' },
      a.as,
    );
    await harness.rpc.ok(
      'membership.affiliation.add',
      { organizationId: organization.id, personId: person.id, role: 'Steward' },
      a.as,
    );
    const levels = await harness.rpc.ok('membership.ladder.level.list', {}, a.as);
    const leader = levels.find((level) => level.countsAsLeader)!;
    await harness.rpc.ok(
      'membership.ladder.person.move',
      { personId: person.id, levelId: leader.id, reason: 'Led the march' },
      a.as,
    );

    const entries = (await timeline(a, person.id)).items;
    const byKind = new Map(entries.map((entry) => [entry.kind, entry]));

    expect(byKind.get('ONE_ON_ONE')).toMatchObject({
      actorId: a.userId,
      data: {
        heldOn: '2026-01-05',
        place: 'Kitchen table',
        relationshipStrength: 4,
        nextStep: 'Host a house meeting',
      },
    });
    expect(byKind.get('AFFILIATION')?.data).toEqual({
      organizationId: organization.id,
      organizationName: 'Farm Workers United',
      role: 'Steward',
    });
    expect(byKind.get('LEVEL_CHANGED')).toMatchObject({
      actorId: a.userId,
      data: { toLevelId: leader.id, toLevel: leader.name, reason: 'Led the march' },
    });
    const times = entries.map((entry) => entry.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("shows nothing of another coalition's person", async () => {
    const b = await signUp(harness.rpc, 'Timeline B');
    await harness.rpc.ok('membership.one-on-one.record', { personId: person.id, heldOn: '2026-01-05' }, a.as);

    const error = await harness.rpc.error(
      'membership.person.timeline',
      { personId: person.id, first: 10 },
      b.as,
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});
