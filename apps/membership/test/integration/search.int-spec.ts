import type { Page, PersonDto } from '@groundwork/contracts';
import { Client } from 'pg';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import type { PersonFields } from '../support/people-fixtures';
import { searchSql } from '../../src/search/person-search.repository';

describe('people search', () => {
  const harness = useMembershipHarness();
  let a: Member;

  beforeEach(async () => {
    a = await signUp(harness.rpc, 'Search');
  });

  const person = (fields: PersonFields, by = a) =>
    harness.rpc.ok('membership.person.create', { lastName: 'Person', ...fields }, by.as);
  const search = (query: string, by = a, extra: Record<string, unknown> = {}) =>
    harness.rpc.ok('membership.person.search', { query, ...extra }, by.as);
  const names = (page: Page<PersonDto>) => page.items.map((p) => `${p.firstName} ${p.lastName}`);

  it('ranks whole-name matches first, prefixes next, and finds names despite typos', async () => {
    await person({ firstName: 'Ada', lastName: 'Lovelace' });
    await person({ firstName: 'Adalbert', lastName: 'Stifter' });
    await person({ firstName: 'Grace', lastName: 'Hopper' });
    await person({ firstName: 'John', lastName: 'Smith' });
    await person({ firstName: 'Jonathan', lastName: 'Smithers' });

    expect(names(await search('ada'))).toEqual(['Ada Lovelace', 'Adalbert Stifter']);
    expect(names(await search('Lovelase'))).toEqual(['Ada Lovelace']);
    expect(names(await search('ada lovelase'))).toEqual(['Ada Lovelace']);
    expect(names(await search('Grase Hoper'))).toEqual(['Grace Hopper']);
    expect(names(await search('jon smith'))).toEqual(['John Smith', 'Jonathan Smithers']);
    // Every word must match.
    expect((await search('ada hopper')).totalCount).toBe(0);
  });

  it('finds people by email, extra email, phone typed nationally, accents and note words', async () => {
    const ada = await person({
      firstName: 'Ada',
      email: 'countess@analytical.example',
      phone: '+4915112345678',
    });
    const jose = await person({ firstName: 'José', lastName: 'Müller' });
    await harness.rpc.ok(
      'membership.person.email.add',
      { personId: jose.id, email: 'pepe@elsewhere.example' },
      a.as,
    );
    await harness.rpc.ok(
      'membership.person-note.create',
      { personId: jose.id, body: 'Worried about the rent increase on Elm Street' },
      a.as,
    );

    expect((await search('countess@anal')).items.map((p) => p.id)).toEqual([ada.id]);
    expect((await search('countess')).items.map((p) => p.id)).toEqual([ada.id]);
    expect((await search('0151 1234 5678')).items.map((p) => p.id)).toEqual([ada.id]);
    expect((await search('+49 151 12345678')).items.map((p) => p.id)).toEqual([ada.id]);
    expect((await search('pepe@elsewhere.example')).items.map((p) => p.id)).toEqual([jose.id]);
    expect((await search('jose muller')).items.map((p) => p.id)).toEqual([jose.id]);
    expect((await search('elm street')).items.map((p) => p.id)).toEqual([jose.id]);

    // Changing a name or removing an email takes its terms away in the same transaction.
    await harness.rpc.ok('membership.person.update', { id: jose.id, firstName: 'Pedro' }, a.as);
    expect((await search('jose')).totalCount).toBe(0);
    expect((await search('pedro muller')).totalCount).toBe(1);
    await harness.rpc.ok(
      'membership.person.email.remove',
      { personId: jose.id, email: 'pepe@elsewhere.example' },
      a.as,
    );
    expect((await search('pepe')).totalCount).toBe(0);
    expect((await search('elm')).totalCount).toBe(1);
  });

  it('pages ranked results with stable cursors and leaves archived people out unless asked', async () => {
    const created: PersonDto[] = [];
    for (let i = 0; i < 5; i += 1)
      created.push(await person({ firstName: 'Maria', lastName: `Garcia${'x'.repeat(i)}` }));
    await harness.rpc.ok('membership.person.archive', { id: created[4]!.id }, a.as);

    const first = await search('maria', a, { first: 2 });
    expect(first).toMatchObject({ totalCount: 4, hasNextPage: true });
    const second = await search('maria', a, { first: 2, after: first.endCursor });
    const third = await search('maria', a, { first: 2, after: second.endCursor });
    const seen = [...first.items, ...second.items, ...third.items].map((p) => p.id);
    expect(new Set(seen).size).toBe(4);
    expect(seen).not.toContain(created[4]!.id);
    expect(third.hasNextPage).toBe(false);
    expect((await search('maria', a, { includeArchived: true })).totalCount).toBe(5);
  });

  it('never finds another coalition’s people', async () => {
    const b = await signUp(harness.rpc, 'Search B');
    await person({ firstName: 'Zebulon', lastName: 'Secret', email: 'zebulon@b.example' }, b);
    expect((await search('zebulon', a)).totalCount).toBe(0);
    expect((await search('zebulon@b.example', a)).totalCount).toBe(0);
    expect((await search('zebulon', b)).totalCount).toBe(1);
  });

  it('refuses bad queries and cursors with BAD_USER_INPUT naming the field', async () => {
    for (const [body, field] of [
      [{ query: '' }, 'query'],
      [{ query: 'x'.repeat(101) }, 'query'],
      [{ query: 'ok\u0000' }, 'query'],
      [{ query: 42 }, 'query'],
      [{ query: '%%% ;;' }, 'query'],
      [{ query: 'ada', first: 101 }, 'first'],
      [{ query: 'ada', after: 'bm90IGEgY3Vyc29y' }, 'after'],
    ] as const) {
      expect(await harness.rpc.error('membership.person.search', body, a.as)).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field },
      });
    }
    // Hostile text is data, not syntax.
    await person({ firstName: 'Robert', lastName: 'Tables' });
    expect((await search("Robert'); DROP TABLE membership.people; --")).totalCount).toBe(0);
    expect((await search('robert tables')).totalCount).toBe(1);
  });

  it('reads the term index as the runtime role under row-level security (no sequential scan)', async () => {
    const client = new Client({ connectionString: process.env.MEMBERSHIP_DATABASE_URL });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [a.tenantId]);
      // A tiny test table would be read whole anyway; without sequential scans the plan shows which
      // conditions row-level security lets the index use (a non-leakproof one stays a Filter).
      await client.query('SET LOCAL enable_seqscan = off');
      const select = 'p.id AS "id"';
      const plan = await client.query(`EXPLAIN ${searchSql(select)}`, [
        a.tenantId,
        ['ada', 'lovelace'],
        ['word', 'word'],
        [true, true],
        'ada lovelace',
        false,
        null,
        null,
        21,
      ]);
      const text = plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
      expect(text).toMatch(/Index Cond: .*\(term >= b\.token\) AND \(term < b\.below\)/);
      expect(text).toMatch(/Index Cond: .*\(term = b\.sound\)/);
      expect(text).toMatch(/Index Cond: .*\(term = b\.sound_alt\)/);
      expect(text).not.toMatch(/Seq Scan on person_search_terms/);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });
});
