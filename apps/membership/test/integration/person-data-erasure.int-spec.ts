import { randomUUID } from 'node:crypto';
import type { PersonDto } from '@groundwork/contracts';
import type { RawCallContext } from '@groundwork/testing';
import { eventually } from '@groundwork/testing';
import { ruleProblems, type PersonReferenceColumn } from '../../src/merge/person-reference-rules';
import { addMember, signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { personEventsOf } from '../support/people-fixtures';
import { seedPersonRecords, type SeededPerson } from '../support/person-records-fixtures';

/** The catalog query of PersonReferenceCatalog, run as the owner. */
const REFERENCE_COLUMNS = `
  SELECT c.relname AS "table", a.attname AS "column",
         CASE max(fk.confdeltype::text) WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' END AS "onDelete"
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'membership'
    LEFT JOIN pg_constraint fk ON fk.contype = 'f' AND fk.conrelid = c.oid AND fk.confrelid = 'membership.people'::regclass AND a.attnum = ANY (fk.conkey)
   WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attname <> 'tenant_id'
     AND (fk.oid IS NOT NULL OR (a.atttypid = 'uuid'::regtype AND (a.attname = 'person_id' OR a.attname LIKE '%\\_person\\_id')))
   GROUP BY c.relname, a.attname`;

describe('a person’s complete data, erasure, and the rules for every reference to people', () => {
  const harness = useMembershipHarness();
  let owner: Member;
  let other: PersonDto;
  let seeded: SeededPerson;

  beforeEach(async () => {
    owner = await signUp(harness.rpc, 'Erasure');
    other = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Other', lastName: 'Neighbour' },
      owner.as,
    );
    seeded = await seedPersonRecords(harness.rpc, harness.sql, owner, other);
  });

  const referenceColumns = () =>
    harness.sql.query<PersonReferenceColumn & Record<string, unknown>>(null, REFERENCE_COLUMNS);

  it('has a merge and an erasure rule for every column of membership that refers to people', async () => {
    const columns = await referenceColumns();
    expect(columns.length).toBeGreaterThan(20);
    expect(ruleProblems(columns)).toEqual([]);
  });

  it('seeds every table that refers to people (so the checks below cover them all)', async () => {
    const tables = new Set((await referenceColumns()).map((column) => column.table));
    tables.delete('person_erasures'); // a living person has no erasure record
    expect([...tables].filter((table) => !seeded.tables.includes(table))).toEqual([]);
  });

  it('refuses to merge or erase, naming the column, once a table refers to people without a rule', async () => {
    const table = `zz_orphan_${process.env.NATS_NAMESPACE!.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
    await harness.sql.query(
      null,
      `CREATE TABLE membership.${table} (tenant_id uuid NOT NULL, person_id uuid NOT NULL)`,
    );
    try {
      const admin = owner.as;
      const merge = await harness.rpc.error(
        'membership.person.merge',
        { keptPersonId: other.id, mergedPersonId: seeded.person.id },
        admin,
      );
      expect(merge.code).toBe('INTERNAL');
      const erase = await harness.rpc.error(
        'membership.person.erase',
        { personId: seeded.person.id, confirmation: 'ERASE' },
        admin,
      );
      expect(erase.code).toBe('INTERNAL');
      const [still] = await harness.sql.query<{ n: number }>(
        owner.tenantId,
        `SELECT count(*)::int AS n FROM membership.people WHERE id = $1`,
        [seeded.person.id],
      );
      expect(still!.n).toBe(1);
    } finally {
      await harness.sql.query(null, `DROP TABLE membership.${table}`);
    }
  });

  describe('complete data', () => {
    it('holds the person and their rows of every table that refers to people', async () => {
      const data = await harness.rpc.ok(
        'membership.person.data.get',
        { personId: seeded.person.id },
        owner.as,
      );
      expect(data.person).toMatchObject({
        id: seeded.person.id,
        first_name: seeded.person.firstName,
        email: seeded.person.email,
      });
      for (const table of seeded.tables.filter((name) => name !== 'people')) {
        expect({ table, rows: (data.tables[table] ?? []).length > 0 }).toEqual({ table, rows: true });
      }
      expect(data.tables['people.referred_by_person_id']).toEqual([{ id: other.id }]);
      expect(JSON.stringify(data)).not.toContain('Neighbour'); // the other person's own data is not theirs to receive
      const text = JSON.stringify(data);
      for (const value of seeded.personalValues) expect(text).toContain(value);
    });

    it('is FORBIDDEN to organizers, viewers, API tokens and callers without an actor', async () => {
      const organizer = await addMember(harness.rpc, harness.sql, owner, 'ORGANIZER');
      const viewer = await addMember(harness.rpc, harness.sql, owner, 'VIEWER');
      const token: RawCallContext = {
        tenantId: owner.tenantId,
        actorId: randomUUID(),
        actorType: 'api-token',
      };
      for (const as of [organizer.as, viewer.as, token, { tenantId: owner.tenantId }]) {
        for (const [subject, body] of [
          ['membership.person.data.get', { personId: seeded.person.id }],
          ['membership.person.erase', { personId: seeded.person.id, confirmation: 'ERASE' }],
        ] as const) {
          expect((await harness.rpc.error(subject, body, as)).code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
        }
      }
      const admin = await addMember(harness.rpc, harness.sql, owner, 'ADMIN');
      expect(
        (await harness.rpc.ok('membership.person.data.get', { personId: seeded.person.id }, admin.as))
          .personId,
      ).toBe(seeded.person.id);
    });
  });

  describe('erasure', () => {
    /** Every text, text[] and jsonb column of every membership table, as the coalition sees it. */
    const scanForValues = async (tenantId: string, values: string[]) => {
      const columns = await harness.sql.query<{ table: string; column: string }>(
        null,
        `SELECT c.relname AS "table", a.attname AS "column"
           FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
           JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'membership'
          WHERE a.attnum > 0 AND NOT a.attisdropped
            AND a.atttypid IN ('text'::regtype, 'text[]'::regtype, 'jsonb'::regtype, 'varchar'::regtype, 'json'::regtype)`,
      );
      expect(columns.length).toBeGreaterThan(50);
      const found: string[] = [];
      for (const { table, column } of columns) {
        const rows = await harness.sql.query<{ hit: string }>(
          tenantId,
          `SELECT needle AS hit FROM membership."${table}" t, unnest($1::text[]) AS needle
            WHERE strpos(lower(t."${column}"::text), lower(needle)) > 0`,
          [values],
        );
        for (const row of rows) found.push(`${table}.${column}: ${row.hit}`);
      }
      return found;
    };

    it('needs the confirmation, and then leaves none of the person’s values anywhere in membership', async () => {
      const before = await scanForValues(owner.tenantId, seeded.personalValues);
      expect(before.length).toBeGreaterThan(seeded.personalValues.length); // the scan does find them while they exist

      for (const confirmation of [undefined, '', 'erase', 'yes']) {
        const error = await harness.rpc.error(
          'membership.person.erase',
          { personId: seeded.person.id, confirmation },
          owner.as,
        );
        expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'confirmation' } });
      }
      const erased = await harness.rpc.ok(
        'membership.person.erase',
        { personId: seeded.person.id, confirmation: 'ERASE' },
        owner.as,
      );
      expect(erased).toMatchObject({ personId: seeded.person.id, erasedBy: owner.userId });

      expect(await scanForValues(owner.tenantId, seeded.personalValues)).toEqual([]);
      // Gone from reads; the id resolves to ERASED; the other person survives without the reference.
      expect(
        await harness.rpc.ok('membership.person.get-many', { ids: [seeded.person.id] }, owner.as),
      ).toEqual([]);
      const [fate] = await harness.rpc.ok(
        'membership.person.resolve-ids',
        { ids: [seeded.person.id] },
        owner.as,
      );
      expect(fate).toEqual({ personId: seeded.person.id, fate: 'ERASED', currentPersonId: null });
      const [survivor] = await harness.rpc.ok('membership.person.get-many', { ids: [other.id] }, owner.as);
      expect(survivor!.referredByPersonId).toBeNull();
      // Nothing names the person's id but the anonymous records.
      for (const { table, column } of await referenceColumns()) {
        const [row] = await harness.sql.query<{ n: number }>(
          owner.tenantId,
          `SELECT count(*)::int AS n FROM membership."${table}" WHERE "${column}" = $1`,
          [seeded.person.id],
        );
        const allowed = ['audit_log', 'person_erasures', 'person_merges'].includes(table);
        if (!allowed) expect({ table, column, n: row!.n }).toEqual({ table, column, n: 0 });
      }
      const [tally] = await harness.sql.query<{ n: number }>(
        owner.tenantId,
        `SELECT count(*)::int AS n FROM membership.person_erasures`,
      );
      expect(tally!.n).toBe(1);
      await eventually(async () => {
        const events = await personEventsOf(harness.rpc.connection, owner.tenantId);
        expect(events.map((event) => event.envelope)).toContainEqual(
          expect.objectContaining({
            type: 'membership.person.erased',
            data: expect.objectContaining({ personId: seeded.person.id, archivedAt: null }),
          }),
        );
      });
    });

    it('returns the same record when asked again, and NOT_FOUND for an id that never was a person', async () => {
      const first = await harness.rpc.ok(
        'membership.person.erase',
        { personId: seeded.person.id, confirmation: 'ERASE' },
        owner.as,
      );
      const second = await harness.rpc.ok(
        'membership.person.erase',
        { personId: seeded.person.id, confirmation: 'ERASE' },
        owner.as,
      );
      expect(second).toEqual(first);
      expect(
        (
          await harness.rpc.error(
            'membership.person.erase',
            { personId: randomUUID(), confirmation: 'ERASE' },
            owner.as,
          )
        ).code,
      ).toBe('NOT_FOUND');
    });

    it('cannot reach another coalition: B neither reads, erases nor resolves A’s person', async () => {
      const intruder = await signUp(harness.rpc, 'Intruder');
      expect(
        (await harness.rpc.error('membership.person.data.get', { personId: seeded.person.id }, intruder.as))
          .code,
      ).toBe('NOT_FOUND');
      expect(
        (
          await harness.rpc.error(
            'membership.person.erase',
            { personId: seeded.person.id, confirmation: 'ERASE' },
            intruder.as,
          )
        ).code,
      ).toBe('NOT_FOUND');
      const [fate] = await harness.rpc.ok(
        'membership.person.resolve-ids',
        { ids: [seeded.person.id] },
        intruder.as,
      );
      expect(fate!.fate).toBe('UNKNOWN');
      const [still] = await harness.rpc.ok(
        'membership.person.get-many',
        { ids: [seeded.person.id] },
        owner.as,
      );
      expect(still!.id).toBe(seeded.person.id);
    });

    it('refuses malformed requests with BAD_USER_INPUT naming the field, and erases nothing', async () => {
      for (const [body, field] of [
        [{ confirmation: 'ERASE' }, 'personId'],
        [{ personId: 'not-a-uuid', confirmation: 'ERASE' }, 'personId'],
        [{ personId: 42, confirmation: 'ERASE' }, 'personId'],
        [{ personId: seeded.person.id, confirmation: 'ERASE'.repeat(1000) }, 'confirmation'],
        [{ personId: seeded.person.id, confirmation: ['ERASE'] }, 'confirmation'],
        [
          { personId: `${seeded.person.id}'; DROP TABLE membership.people; --`, confirmation: 'ERASE' },
          'personId',
        ],
      ] as const) {
        const error = await harness.rpc.error('membership.person.erase', body, owner.as);
        expect({ code: error.code, field: error.details?.field }).toEqual({ code: 'BAD_USER_INPUT', field });
      }
      for (const body of [{}, { personId: 'x' }]) {
        expect((await harness.rpc.error('membership.person.data.get', body, owner.as)).code).toBe(
          'BAD_USER_INPUT',
        );
      }
      const [still] = await harness.rpc.ok(
        'membership.person.get-many',
        { ids: [seeded.person.id] },
        owner.as,
      );
      expect(still!.id).toBe(seeded.person.id);
    });
  });
});
