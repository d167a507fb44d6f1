import { randomUUID } from 'node:crypto';

import { eventually } from '@groundwork/testing';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { readMembershipEvents } from '../support/people-fixtures';

describe('tag catalogue and bulk tagging', () => {
  const harness = useMembershipHarness();
  let a: Member;

  beforeEach(async () => {
    a = await signUp(harness.rpc, 'Tags');
  });

  const person = (firstName: string, tags: string[] = [], by = a) =>
    harness.rpc.ok('membership.person.create', { firstName, lastName: 'Tagged', tags }, by.as);
  const tags = async () => (await harness.rpc.ok('membership.tag.list', { first: 100 }, a.as)).items;
  const tagsOf = async (ids: string[]) =>
    (await harness.rpc.ok('membership.person.get-many', { ids }, a.as)).map((p) => p.tags);

  it('lists tags used on people in the catalogue, with groups, colours and descriptions', async () => {
    await person('Ada', ['renters', 'spanish']);
    await person('Grace', ['renters']);
    expect((await tags()).map((t) => t.name)).toEqual(['renters', 'spanish']);

    const group = await harness.rpc.ok('membership.tag-group.create', { name: 'Languages' }, a.as);
    const spanish = (await tags()).find((t) => t.name === 'spanish')!;
    const updated = await harness.rpc.ok(
      'membership.tag.update',
      { id: spanish.id, groupId: group.id, colour: '#1F8A70', description: 'Prefers Spanish' },
      a.as,
    );
    expect(updated).toMatchObject({
      name: 'spanish',
      groupId: group.id,
      colour: '#1f8a70',
      description: 'Prefers Spanish',
    });
    const created = await harness.rpc.ok(
      'membership.tag.create',
      { name: 'tagalog', groupId: group.id },
      a.as,
    );
    expect(created.groupId).toBe(group.id);
    expect(await harness.rpc.error('membership.tag.create', { name: 'tagalog' }, a.as)).toMatchObject({
      code: 'CONFLICT',
    });

    await harness.rpc.ok('membership.tag-group.delete', { id: group.id }, a.as);
    expect((await tags()).filter((t) => t.groupId !== null)).toEqual([]);
  });

  it('renames a tag on every person who has it, and merges one tag into another', async () => {
    const ada = await person('Ada', ['renter', 'tenant']);
    const grace = await person('Grace', ['renter']);
    const alan = await person('Alan', ['other']);
    const renter = (await tags()).find((t) => t.name === 'renter')!;
    await harness.rpc.ok('membership.tag.update', { id: renter.id, name: 'renters' }, a.as);
    expect(await tagsOf([ada.id, grace.id, alan.id])).toEqual([
      ['renters', 'tenant'],
      ['renters'],
      ['other'],
    ]);
    const tenant = (await tags()).find((t) => t.name === 'tenant')!;
    expect(
      await harness.rpc.error('membership.tag.update', { id: renter.id, name: 'tenant' }, a.as),
    ).toMatchObject({ code: 'CONFLICT', details: { field: 'name' } });

    const merged = await harness.rpc.ok(
      'membership.tag.merge',
      { sourceId: tenant.id, targetId: renter.id },
      a.as,
    );
    expect(merged.name).toBe('renters');
    expect(await tagsOf([ada.id, grace.id])).toEqual([['renters'], ['renters']]);
    expect((await tags()).map((t) => t.name)).toEqual(['other', 'renters']);

    const other = (await tags()).find((t) => t.name === 'other')!;
    await harness.rpc.ok('membership.tag.delete', { id: other.id }, a.as);
    expect(await tagsOf([alan.id])).toEqual([[]]);
    expect((await tags()).map((t) => t.name)).toEqual(['renters']);
  });

  it('tags and untags 10,000 people in one call each, with one event per call', async () => {
    // People are inserted directly (the subject under test is bulk tagging, not person creation).
    const ids = Array.from({ length: 10_000 }, () => randomUUID());
    await harness.sql.query(
      a.tenantId,
      `INSERT INTO membership.people (tenant_id, id, first_name, last_name, created_at, updated_at)
       SELECT $1, id, 'Bulk', 'Person', now(), now() FROM unnest($2::uuid[]) AS id`,
      [a.tenantId, ids],
    );
    const archived = await person('Archie');
    await harness.rpc.ok('membership.person.archive', { id: archived.id }, a.as);
    const b = await signUp(harness.rpc, 'Tags B');
    const ofB = await person('Bea', [], b);

    const applied = await harness.rpc.ok(
      'membership.tag.bulk-apply',
      { tag: 'march-2026', personIds: ids },
      a.as,
    );
    expect(applied).toEqual({ tag: 'march-2026', matched: 10_000, changed: 10_000, skippedAtTagLimit: 0 });
    const again = await harness.rpc.ok(
      'membership.tag.bulk-apply',
      { tag: 'march-2026', personIds: [ids[0]!, archived.id, ofB.id, randomUUID()] },
      a.as,
    );
    expect(again).toMatchObject({ matched: 1, changed: 0 });
    const [counted] = await harness.sql.query<{ n: number }>(
      a.tenantId,
      `SELECT count(*)::int AS n FROM membership.people WHERE 'march-2026' = ANY(tags)`,
    );
    expect(counted!.n).toBe(10_000);
    expect(
      await harness.sql.query(b.tenantId, `SELECT tags FROM membership.people WHERE id = $1`, [ofB.id]),
    ).toEqual([{ tags: [] }]);
    expect((await tags()).map((t) => t.name)).toContain('march-2026');

    const removed = await harness.rpc.ok(
      'membership.tag.bulk-remove',
      { tag: 'march-2026', personIds: ids.slice(0, 4000) },
      a.as,
    );
    expect(removed).toMatchObject({ matched: 4000, changed: 4000 });

    const events = await eventually(async () => {
      const found = (await readMembershipEvents(harness.rpc.connection)).filter(
        (e) => e.envelope.tenantId === a.tenantId && e.envelope.type.startsWith('membership.tag.'),
      );
      expect(found.map((e) => e.envelope.type)).toEqual([
        'membership.tag.bulk-applied',
        'membership.tag.bulk-removed',
      ]);
      return found;
    }, 30_000);
    expect((events[0]!.envelope.data as { personIds: string[] }).personIds).toHaveLength(10_000);
  });

  it('counts the living people who carry each tag', async () => {
    await person('Ada', ['renters', 'spanish']);
    await person('Grace', ['renters']);
    const archived = await person('Archie', ['renters', 'gone']);
    await harness.rpc.ok('membership.person.archive', { id: archived.id }, a.as);
    await harness.rpc.ok('membership.tag.create', { name: 'unused' }, a.as);
    const b = await signUp(harness.rpc, 'Tags counts B');
    await person('Bea', ['renters'], b);

    const idOf = new Map((await tags()).map((t) => [t.id, t.name]));
    const counts = await harness.rpc.ok('membership.tag.counts', {}, a.as);
    expect(Object.fromEntries(counts.map((c) => [idOf.get(c.tagId), c.peopleCount]))).toEqual({
      renters: 2,
      spanish: 1,
    });
  });

  it('leaves people at the tag limit as they are and says so', async () => {
    const full = await person(
      'Full',
      Array.from({ length: 50 }, (_, i) => `t${i}`),
    );
    const result = await harness.rpc.ok(
      'membership.tag.bulk-apply',
      { tag: 'one-more', personIds: [full.id] },
      a.as,
    );
    expect(result).toEqual({ tag: 'one-more', matched: 1, changed: 0, skippedAtTagLimit: 1 });
  });

  it('refuses bad tag input and writes nothing', async () => {
    const ada = await person('Ada', ['keep']);
    const before = await tags();
    for (const [subject, body, field] of [
      ['membership.tag.bulk-apply', { tag: '', personIds: [ada.id] }, 'tag'],
      ['membership.tag.bulk-apply', { tag: '<x>', personIds: [ada.id] }, 'tag'],
      ['membership.tag.bulk-apply', { tag: 'ok', personIds: [] }, 'personIds'],
      [
        'membership.tag.bulk-apply',
        { tag: 'ok', personIds: Array.from({ length: 10_001 }, () => randomUUID()) },
        'personIds',
      ],
      ['membership.tag.bulk-apply', { tag: 'ok', personIds: ['x'] }, 'personIds.0'],
      ['membership.tag.bulk-remove', { tag: 42, personIds: [ada.id] }, 'tag'],
      ['membership.tag.create', { name: 'ok', colour: 'red' }, 'colour'],
      ['membership.tag.create', { name: 'x'.repeat(51) }, 'name'],
      ['membership.tag.create', { name: 'ok', groupId: randomUUID() }, 'groupId'],
      ['membership.tag.merge', { sourceId: before[0]!.id, targetId: before[0]!.id }, 'targetId'],
      ['membership.tag-group.create', { name: '' }, 'name'],
    ] as const) {
      expect(await harness.rpc.error(subject, body, a.as)).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field },
      });
    }
    expect(await tags()).toEqual(before);
    expect(await tagsOf([ada.id])).toEqual([['keep']]);
  });
});
