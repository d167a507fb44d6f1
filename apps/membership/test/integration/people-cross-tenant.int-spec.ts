import type { PersonDto } from '@groundwork/contracts';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

/** Coalition B cannot read, find, count or change coalition A's people. */
describe('people across coalitions', () => {
  const harness = useMembershipHarness();
  let a: Member;
  let b: Member;
  let ada: PersonDto;
  let grace: PersonDto;

  beforeEach(async () => {
    a = await signUp(harness.rpc, 'A');
    b = await signUp(harness.rpc, 'B');
    ada = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' },
      a.as,
    );
    grace = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Grace', lastName: 'Hopper' },
      a.as,
    );
    await harness.rpc.ok('membership.person.archive', { id: grace.id }, a.as);
  });

  const rowsOfA = () =>
    harness.sql.query(a.tenantId, `SELECT * FROM membership.people WHERE id = ANY($1::uuid[]) ORDER BY id`, [
      [ada.id, grace.id],
    ]);

  it("answers NOT_FOUND when B updates or archives A's people, and changes nothing", async () => {
    const before = await rowsOfA();
    for (const id of [ada.id, grace.id]) {
      expect(
        await harness.rpc.error('membership.person.update', { id, firstName: 'Mallory' }, b.as),
      ).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await harness.rpc.error('membership.person.archive', { id }, b.as)).toMatchObject({
        code: 'NOT_FOUND',
      });
    }
    expect(await rowsOfA()).toEqual(before);
  });

  it("leaves A's people out of B's get-many, list, search and counts", async () => {
    const own = await harness.rpc.ok('membership.person.create', { firstName: 'Bea', lastName: 'Own' }, b.as);

    expect(
      await harness.rpc.ok('membership.person.get-many', { ids: [ada.id, grace.id, own.id] }, b.as),
    ).toEqual([own]);
    for (const request of [
      {},
      { includeArchived: true },
      { search: 'ada' },
      { search: 'lovelace', includeArchived: true },
    ]) {
      const page = await harness.rpc.ok('membership.person.list', request, b.as);
      expect(page.items.map((person) => person.id)).not.toContain(ada.id);
      expect(page.items.map((person) => person.id)).not.toContain(grace.id);
    }
    expect(await harness.rpc.ok('membership.person.list', { includeArchived: true }, b.as)).toMatchObject({
      totalCount: 1,
      items: [own],
    });
    expect(
      await harness.rpc.ok('membership.person.list', { search: 'ada', includeArchived: true }, b.as),
    ).toMatchObject({
      totalCount: 0,
    });

    const counted = await harness.sql.query<{ total: number; of_a: number }>(
      b.tenantId,
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE id = ANY($1::uuid[]))::int AS of_a FROM membership.people`,
      [[ada.id, grace.id]],
    );
    expect(counted).toEqual([{ total: 1, of_a: 0 }]);
    expect(
      await harness.sql.query(b.tenantId, `SELECT id FROM membership.people WHERE tenant_id = $1`, [
        a.tenantId,
      ]),
    ).toEqual([]);
  });

  it("lets B use an email A uses (no hint of A's people) and ignores a tenant id in the body", async () => {
    const own = await harness.rpc.ok(
      'membership.person.create',
      { ...{ tenantId: a.tenantId }, firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' },
      b.as,
    );
    const [stored] = await harness.sql.query<{ tenant_id: string }>(
      b.tenantId,
      `SELECT tenant_id FROM membership.people WHERE id = $1`,
      [own.id],
    );
    expect(stored?.tenant_id).toBe(b.tenantId);
    expect(
      await harness.sql.query(a.tenantId, `SELECT id FROM membership.people WHERE id = $1`, [own.id]),
    ).toEqual([]);
  });

  it('refuses people subjects without a tenant', async () => {
    for (const [subject, body] of [
      ['membership.person.create', { firstName: 'Ada', lastName: 'Lovelace' }],
      ['membership.person.list', {}],
      ['membership.person.get-many', { ids: [ada.id] }],
      ['membership.person.archive', { id: ada.id }],
    ] as const) {
      expect(await harness.rpc.error(subject, body, { actorId: a.userId })).toMatchObject({
        code: 'TENANT_REQUIRED',
      });
    }
    expect(
      await harness.sql.query(a.tenantId, `SELECT archived_at FROM membership.people WHERE id = $1`, [
        ada.id,
      ]),
    ).toEqual([{ archived_at: null }]);
  });
});
