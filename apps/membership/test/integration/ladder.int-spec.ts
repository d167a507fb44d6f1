import type { LadderLevelDto, PersonDto } from '@groundwork/contracts';
import { eventually } from '@groundwork/testing';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { readMembershipEvents } from '../support/people-fixtures';

describe('ladder of engagement', () => {
  const harness = useMembershipHarness();
  let a: Member;
  let levels: LadderLevelDto[];
  let ada: PersonDto;

  const level = (name: string) => levels.find((l) => l.name === name)!;
  const person = (firstName: string, by = a) =>
    harness.rpc.ok('membership.person.create', { firstName, lastName: 'Ladder' }, by.as);

  beforeEach(async () => {
    a = await signUp(harness.rpc, 'Ladder');
    levels = await harness.rpc.ok('membership.ladder.level.list', {}, a.as);
    ada = await person('Ada');
  });

  it('gives every new coalition the default ladder and assessment scale', async () => {
    expect(levels.map((l) => [l.name, l.position, l.countsAsLeader])).toEqual([
      ['Contact', 1, false],
      ['Supporter', 2, false],
      ['Active', 3, false],
      ['Leader', 4, true],
      ['Core leader', 5, true],
    ]);
    const scale = await harness.rpc.ok('membership.ladder.scale.get', {}, a.as);
    expect(scale.map((l) => l.score)).toEqual([1, 2, 3, 4, 5]);
    expect(scale.every((l) => l.label.length > 0)).toBe(true);
  });

  it('moves a person by hand with a reason, keeps the history and emits level-changed', async () => {
    const first = await harness.rpc.ok(
      'membership.ladder.person.move',
      { personId: ada.id, levelId: level('Supporter').id, reason: 'Signed the petition' },
      a.as,
    );
    expect(first).toMatchObject({ personId: ada.id, levelId: level('Supporter').id });
    await harness.rpc.ok(
      'membership.ladder.person.move',
      { personId: ada.id, levelId: level('Leader').id, reason: 'Runs house meetings' },
      a.as,
    );
    // Moving to the level a person is at is a no-op, so a retried request writes nothing.
    await harness.rpc.ok(
      'membership.ladder.person.move',
      { personId: ada.id, levelId: level('Leader').id, reason: 'again' },
      a.as,
    );

    const history = await harness.rpc.ok('membership.ladder.history.list', { personId: ada.id }, a.as);
    expect(history.totalCount).toBe(2);
    expect(history.items.map((c) => [c.fromLevelId, c.toLevelId, c.reason, c.changedBy, c.ruleId])).toEqual([
      [level('Supporter').id, level('Leader').id, 'Runs house meetings', a.userId, null],
      [null, level('Supporter').id, 'Signed the petition', a.userId, null],
    ]);
    const paged = await harness.rpc.ok(
      'membership.ladder.history.list',
      { personId: ada.id, first: 1 },
      a.as,
    );
    expect(paged).toMatchObject({ hasNextPage: true, totalCount: 2 });
    const next = await harness.rpc.ok(
      'membership.ladder.history.list',
      { personId: ada.id, first: 1, after: paged.endCursor ?? undefined },
      a.as,
    );
    expect(next.items.map((c) => c.reason)).toEqual(['Signed the petition']);
    expect(next.hasNextPage).toBe(false);

    expect(await harness.rpc.ok('membership.ladder.person-level.get-many', { ids: [ada.id] }, a.as)).toEqual([
      expect.objectContaining({ personId: ada.id, levelId: level('Leader').id }),
    ]);

    const events = await eventually(async () => {
      const found = (await readMembershipEvents(harness.rpc.connection)).filter(
        (e) => e.envelope.tenantId === a.tenantId && e.envelope.type === 'membership.ladder.level-changed',
      );
      expect(found).toHaveLength(2);
      return found;
    });
    expect(events.map((e) => e.envelope.data)).toEqual([
      expect.objectContaining({
        personId: ada.id,
        fromLevelId: null,
        toLevelId: level('Supporter').id,
        toLeader: false,
        ruleId: null,
        changedBy: a.userId,
      }),
      expect.objectContaining({
        personId: ada.id,
        fromLevelId: level('Supporter').id,
        toLevelId: level('Leader').id,
        toLeader: true,
      }),
    ]);
  });

  it('refuses a move without a reason, to an unknown level, or of an archived person', async () => {
    expect(
      await harness.rpc.error(
        'membership.ladder.person.move',
        { personId: ada.id, levelId: level('Active').id },
        a.as,
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'reason' },
    });
    expect(
      await harness.rpc.error(
        'membership.ladder.person.move',
        { personId: ada.id, levelId: level('Active').id, reason: '   ' },
        a.as,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'reason' } });
    expect(
      await harness.rpc.error(
        'membership.ladder.person.move',
        { personId: ada.id, levelId: ada.id, reason: 'x' },
        a.as,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'levelId' } });
    await harness.rpc.ok('membership.person.archive', { id: ada.id }, a.as);
    expect(
      await harness.rpc.error(
        'membership.ladder.person.move',
        { personId: ada.id, levelId: level('Active').id, reason: 'x' },
        a.as,
      ),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(await harness.sql.query(a.tenantId, `SELECT 1 FROM membership.level_changes`)).toEqual([]);
  });

  it('edits, adds, reorders and deletes levels', async () => {
    const renamed = await harness.rpc.ok(
      'membership.ladder.level.update',
      { id: level('Active').id, name: 'Activist', description: 'Shows up', countsAsLeader: false },
      a.as,
    );
    expect(renamed).toMatchObject({ name: 'Activist', description: 'Shows up', position: 3 });
    expect(
      await harness.rpc.error(
        'membership.ladder.level.update',
        { id: level('Leader').id, name: 'activist' },
        a.as,
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { field: 'name' } });

    const added = await harness.rpc.ok('membership.ladder.level.create', { name: 'Volunteer' }, a.as);
    expect(added).toMatchObject({ position: 6, countsAsLeader: false, description: '' });
    const order = [levels[0]!.id, levels[1]!.id, added.id, levels[2]!.id, levels[3]!.id, levels[4]!.id];
    const reordered = await harness.rpc.ok('membership.ladder.level.reorder', { ids: order }, a.as);
    expect(reordered.map((l) => l.id)).toEqual(order);
    expect(reordered.map((l) => l.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(
      await harness.rpc.error('membership.ladder.level.reorder', { ids: order.slice(1) }, a.as),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'ids' },
    });

    await harness.rpc.ok(
      'membership.ladder.person.move',
      { personId: ada.id, levelId: levels[0]!.id, reason: 'met' },
      a.as,
    );
    expect(
      await harness.rpc.error('membership.ladder.level.delete', { id: levels[0]!.id }, a.as),
    ).toMatchObject({ code: 'CONFLICT' });
    await harness.rpc.ok('membership.ladder.level.delete', { id: added.id }, a.as);
    const after = await harness.rpc.ok('membership.ladder.level.list', {}, a.as);
    expect(after.map((l) => l.position)).toEqual([1, 2, 3, 4, 5]);
    expect(after.map((l) => l.id)).not.toContain(added.id);
  });

  it('counts people per level and pages the people at a level (the board)', async () => {
    const grace = await person('Grace');
    const alan = await person('Alan');
    await person('Nobody');
    for (const [who, name] of [
      [ada, 'Active'],
      [grace, 'Active'],
      [alan, 'Leader'],
    ] as const) {
      await harness.rpc.ok(
        'membership.ladder.person.move',
        { personId: who.id, levelId: level(name).id, reason: 'board' },
        a.as,
      );
    }
    await harness.rpc.ok('membership.person.archive', { id: alan.id }, a.as);

    const counts = await harness.rpc.ok('membership.ladder.level.counts', {}, a.as);
    expect(counts).toEqual([
      ...levels.map((l) => ({ levelId: l.id, count: l.name === 'Active' ? 2 : 0 })),
      { levelId: null, count: 1 },
    ]);
    const page = await harness.rpc.ok(
      'membership.ladder.level.people',
      { levelId: level('Active').id, first: 1 },
      a.as,
    );
    expect(page).toMatchObject({ totalCount: 2, hasNextPage: true });
    expect(page.items.map((p) => p.personId)).toEqual([grace.id]);
    const rest = await harness.rpc.ok(
      'membership.ladder.level.people',
      { levelId: level('Active').id, first: 1, after: page.endCursor ?? undefined },
      a.as,
    );
    expect(rest.items.map((p) => p.personId)).toEqual([ada.id]);
  });

  it('relabels the scale and records assessments with history', async () => {
    const scale = await harness.rpc.ok(
      'membership.ladder.scale.update',
      { labels: [{ score: 5, label: 'Anchor', description: 'Holds the group' }] },
      a.as,
    );
    expect(scale.find((l) => l.score === 5)).toEqual({
      score: 5,
      label: 'Anchor',
      description: 'Holds the group',
    });
    expect(scale.find((l) => l.score === 1)?.label).toBe('Not yet engaged');

    await harness.rpc.ok('membership.ladder.assessment.record', { personId: ada.id, score: 2 }, a.as);
    const latest = await harness.rpc.ok(
      'membership.ladder.assessment.record',
      { personId: ada.id, score: 4, notes: 'Brought three neighbours.\nFollowed up.' },
      a.as,
    );
    expect(latest).toMatchObject({
      score: 4,
      assessedBy: a.userId,
      notes: 'Brought three neighbours.\nFollowed up.',
    });
    const history = await harness.rpc.ok('membership.ladder.assessment.list', { personId: ada.id }, a.as);
    expect(history.items.map((h) => h.score)).toEqual([4, 2]);

    for (const score of [0, 6, 2.5, '3']) {
      expect(
        await harness.rpc.error('membership.ladder.assessment.record', { personId: ada.id, score }, a.as),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'score' },
      });
    }
    expect(
      await harness.rpc.error(
        'membership.ladder.scale.update',
        {
          labels: [
            { score: 2, label: 'a' },
            { score: 2, label: 'b' },
          ],
        },
        a.as,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'labels' } });
  });

  it('keeps history append-only for the runtime role', async () => {
    await harness.rpc.ok(
      'membership.ladder.person.move',
      { personId: ada.id, levelId: level('Active').id, reason: 'x' },
      a.as,
    );
    const { Client } = await import('pg');
    const runtime = new Client({ connectionString: process.env.MEMBERSHIP_DATABASE_URL });
    await runtime.connect();
    try {
      for (const statement of [
        `UPDATE membership.level_changes SET reason = 'forged'`,
        `DELETE FROM membership.level_changes`,
      ]) {
        await runtime.query('BEGIN');
        await runtime.query(`select set_config('app.tenant_id', $1, true)`, [a.tenantId]);
        await expect(runtime.query(statement)).rejects.toThrow(/permission denied/);
        await runtime.query('ROLLBACK');
      }
    } finally {
      await runtime.end();
    }
  });
});
