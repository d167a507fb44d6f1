import { randomUUID } from 'node:crypto';
import type { DuplicateCandidateDto, DuplicateStatus } from '@groundwork/contracts';
import { eventually, type RawRequest } from '@groundwork/testing';
import { addMember, signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { personEventsOf } from '../support/people-fixtures';
import { seedPersonRecords } from '../support/person-records-fixtures';

describe('duplicates and merge', () => {
  const harness = useMembershipHarness();
  let owner: Member;

  beforeEach(async () => {
    owner = await signUp(harness.rpc, 'Dedupe');
  });

  const create = (body: RawRequest<'membership.person.create'>, as = owner.as) =>
    harness.rpc.ok('membership.person.create', body, as);
  const refresh = (body: RawRequest<'membership.duplicates.refresh'> = {}, as = owner.as) =>
    harness.rpc.ok('membership.duplicates.refresh', body, as);
  const queue = (status: DuplicateStatus = 'OPEN', as = owner.as, first = 100) =>
    harness.rpc.ok('membership.duplicates.list', { status, first }, as);
  const pairOf = (candidates: DuplicateCandidateDto[], a: string, b: string) =>
    candidates.find((c) => [c.firstPersonId, c.secondPersonId].sort().join() === [a, b].sort().join());
  const count = async (table: string, column: string, personId: string) => {
    const [row] = await harness.sql.query<{ n: number }>(
      owner.tenantId,
      `SELECT count(*)::int AS n FROM membership.${table} WHERE ${column} = $1`,
      [personId],
    );
    return row!.n;
  };

  describe('candidates', () => {
    it('pairs people by any shared email, any shared phone, and similar names in one postal code, with reasons and a score', async () => {
      const ada = await create({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' });
      const adaAgain = await create({ firstName: 'Augusta', lastName: 'King', email: 'augusta@example.org' });
      await harness.rpc
        .ok('membership.person.email.add', { personId: adaAgain.id, email: 'ada@example.org' }, owner.as)
        .catch(async () => {
          // Profile may refuse an extra email another person has as primary; share it the other way round.
          await harness.rpc.ok(
            'membership.person.email.add',
            { personId: ada.id, email: 'augusta@example.org' },
            owner.as,
          );
        });
      const grace = await create({ firstName: 'Grace', lastName: 'Hopper', phone: '+14155550101' });
      const graceAgain = await create({ firstName: 'G.', lastName: 'Murray', phone: '+14155550199' });
      await harness.rpc.ok(
        'membership.person.phone.add',
        { personId: graceAgain.id, phone: '+14155550101' },
        owner.as,
      );
      const jon = await create({ firstName: 'Jonathan', lastName: 'Smith', postalCode: '94110' });
      const john = await create({ firstName: 'Jonathon', lastName: 'Smyth', postalCode: '94110' });
      const elsewhere = await create({ firstName: 'Jonathan', lastName: 'Smith', postalCode: '10001' });
      const stranger = await create({ firstName: 'Unrelated', lastName: 'Person', postalCode: '94110' });

      const result = await refresh();
      expect(result.openCount).toBe(3);
      const { items, totalCount } = await queue();
      expect(totalCount).toBe(3);
      expect(pairOf(items, ada.id, adaAgain.id)).toMatchObject({ reasons: ['EMAIL'], status: 'OPEN' });
      expect(pairOf(items, grace.id, graceAgain.id)).toMatchObject({ reasons: ['PHONE'] });
      const names = pairOf(items, jon.id, john.id)!;
      expect(names.reasons).toEqual(['NAME_AND_POSTAL_CODE']);
      expect(names.nameSimilarity).toBeGreaterThanOrEqual(0.4);
      expect(pairOf(items, jon.id, elsewhere.id)).toBeUndefined();
      expect(items.some((c) => [c.firstPersonId, c.secondPersonId].includes(stranger.id))).toBe(false);
      for (const c of items) expect(c.firstPersonId < c.secondPersonId).toBe(true);
      expect(items.map((c) => c.score)).toEqual([...items.map((c) => c.score)].sort((a, b) => b - a));
      expect(JSON.stringify(items)).not.toMatch(/ada@example|4155550101|Smith/);
    });

    it('pages the queue, leaves archived people out, and drops open pairs that stop matching', async () => {
      const people = [];
      for (let i = 0; i < 5; i += 1)
        people.push(
          await create({ firstName: 'Same', lastName: `Phone${'abcde'[i]}`, phone: '+14155550300' }),
        );
      await refresh();
      const first = await harness.rpc.ok('membership.duplicates.list', { first: 4 }, owner.as);
      expect(first).toMatchObject({ totalCount: 10, hasNextPage: true });
      const rest = await harness.rpc.ok(
        'membership.duplicates.list',
        { first: 100, after: first.endCursor ?? undefined },
        owner.as,
      );
      expect(new Set([...first.items, ...rest.items].map((c) => c.id)).size).toBe(10);
      await harness.rpc.ok('membership.person.archive', { id: people[0]!.id }, owner.as);
      await harness.rpc.ok(
        'membership.person.update',
        { id: people[1]!.id, phone: '+14155550999' },
        owner.as,
      );
      expect((await refresh()).openCount).toBe(3);
    });

    it('pairs nobody over an email or phone held by more than ten people, where ten still pair', async () => {
      const holders = async (count: number, contact: Record<string, string>, surname: string) => {
        const ids: string[] = [];
        for (let i = 0; i < count; i += 1) {
          ids.push(
            (
              await create({
                firstName: `Holder${'abcdefghijkl'[i]}`,
                lastName: `${surname}${'mnopqrstuvwx'[i]}`,
                ...contact,
              })
            ).id,
          );
        }
        return ids;
      };
      // Ten on one phone (the main one of nine, an extra one of the tenth): every two of them pair.
      const family = await holders(9, { phone: '+14155550700' }, 'Kin');
      const tenth = (await create({ firstName: 'Tenth', lastName: 'Zed', phone: '+14155550799' })).id;
      await harness.rpc.ok(
        'membership.person.phone.add',
        { personId: tenth, phone: '+14155550700' },
        owner.as,
      );
      // Eleven on one office email: a shared inbox, not a duplicate. Membership refuses a second holder of
      // an email, so these come in as data from before that rule would (straight into the table).
      const office = await holders(11, {}, 'Desk');
      await harness.sql.query(
        owner.tenantId,
        `INSERT INTO membership.person_emails (tenant_id, person_id, email, created_at) SELECT $1, id, 'office@union.example', now() FROM unnest($2::uuid[]) AS id`,
        [owner.tenantId, office],
      );
      expect((await refresh()).openCount).toBe(45);
      const paired = new Set((await queue()).items.flatMap((c) => [c.firstPersonId, c.secondPersonId]));
      expect([...family, tenth].every((id) => paired.has(id))).toBe(true);
      expect(office.some((id) => paired.has(id))).toBe(false);
      // A scoped refresh judges the same way.
      expect((await refresh({ personIds: office })).openCount).toBe(45);
    });

    it('pairs similar names in one postal code only where the first or last names sound alike', async () => {
      const jon = await create({ firstName: 'Jon', lastName: 'Smith', postalCode: '10001' });
      const john = await create({ firstName: 'John', lastName: 'Smith', postalCode: '10001' });
      await create({ firstName: 'Jon', lastName: 'Smith', postalCode: '10002' });
      await create({ firstName: 'Joan', lastName: 'Schmidt-Olsen', postalCode: '10001' });
      await refresh();
      const pairs = (await queue()).items;
      expect(pairs).toHaveLength(1);
      expect(pairOf(pairs, jon.id, john.id)).toMatchObject({ reasons: ['NAME_AND_POSTAL_CODE'] });
      // Renaming recomputes the stored sounds: the pair goes with them.
      await harness.rpc.ok(
        'membership.person.update',
        { id: john.id, firstName: 'Quentin', lastName: 'Xavier' },
        owner.as,
      );
      expect((await refresh()).openCount).toBe(0);
    });

    it('remembers a dismissed pair: a refresh never brings it back', async () => {
      const a = await create({ firstName: 'Twin', lastName: 'One', phone: '+14155550401' });
      const b = await create({ firstName: 'Twin', lastName: 'Two', phone: '+14155550400' });
      await harness.rpc.ok(
        'membership.person.phone.add',
        { personId: b.id, phone: '+14155550401' },
        owner.as,
      );
      await refresh();
      const candidate = pairOf((await queue()).items, a.id, b.id)!;
      const dismissed = await harness.rpc.ok(
        'membership.duplicates.dismiss',
        { candidateId: candidate.id },
        owner.as,
      );
      expect(dismissed).toMatchObject({ status: 'DISMISSED', resolvedBy: owner.userId });
      expect((await refresh()).openCount).toBe(0);
      expect((await refresh({ personIds: [a.id, b.id] })).openCount).toBe(0);
      expect((await queue('DISMISSED')).items.map((c) => c.id)).toEqual([candidate.id]);
      // Dismissing again is harmless.
      expect(
        await harness.rpc.ok('membership.duplicates.dismiss', { candidateId: candidate.id }, owner.as),
      ).toEqual(dismissed);
    });
  });

  describe('merge', () => {
    it('keeps every record of both people on the kept one, fills its empty fields, and deletes the other', async () => {
      const anchor = await create({ firstName: 'Anchor', lastName: 'Person' });
      const kept = await create({
        firstName: 'Zephyrine',
        lastName: 'Quill',
        email: 'kept@example.org',
        phone: '+14155550500',
        tags: ['tenant'],
        customFields: {},
        joinedOn: '2024-05-01',
      });
      const seeded = await seedPersonRecords(harness.rpc, harness.sql, owner, anchor, 'Merged');
      const merged = seeded.person;
      // A link between the two, and the same skill on both: the link goes, the skill stays once.
      const [a, b] = kept.id < merged.id ? [kept.id, merged.id] : [merged.id, kept.id];
      await harness.sql.query(
        owner.tenantId,
        `INSERT INTO membership.relationships (tenant_id, id, type, from_person_id, to_person_id, created_at) VALUES ($1, $2, 'NEIGHBOUR', $3, $4, now())`,
        [owner.tenantId, randomUUID(), a, b],
      );
      await harness.sql.query(
        owner.tenantId,
        `INSERT INTO membership.person_skills (tenant_id, person_id, skill) VALUES ($1, $2, 'Facilitation')`,
        [owner.tenantId, kept.id],
      );
      await harness.rpc.ok(
        'membership.demographics.set',
        { personId: kept.id, gender: 'NON_BINARY' },
        owner.as,
      );
      await harness.sql.query(
        owner.tenantId,
        `INSERT INTO membership.duplicate_candidates (tenant_id, id, first_person_id, second_person_id, reasons, score, name_similarity, status, detected_at) VALUES ($1, $2, $3, $4, '{EMAIL}', 0.9, 0.2, 'OPEN', now())`,
        [owner.tenantId, randomUUID(), a, b],
      );

      const before: Record<string, number> = {};
      const tables: Array<[string, string]> = [
        ['person_notes', 'person_id'],
        ['person_status_changes', 'person_id'],
        ['organization_contacts', 'person_id'],
        ['affiliations', 'person_id'],
        ['one_on_ones', 'person_id'],
        ['level_changes', 'person_id'],
        ['ladder_event_facts', 'person_id'],
        ['person_assessments', 'person_id'],
        ['person_trainings', 'person_id'],
        ['person_roles', 'person_id'],
        ['consent_records', 'person_id'],
        ['import_changes', 'person_id'],
      ];
      for (const [table, column] of tables)
        before[table] = (await count(table, column, kept.id)) + (await count(table, column, merged.id));

      const merge = await harness.rpc.ok(
        'membership.person.merge',
        { keptPersonId: kept.id, mergedPersonId: merged.id, fieldsFromMerged: ['PHONE'] },
        owner.as,
      );
      expect(merge).toMatchObject({
        keptPersonId: kept.id,
        mergedPersonId: merged.id,
        fieldsFromMerged: ['PHONE'],
        mergedBy: owner.userId,
      });
      expect(merge.fieldsFilled).toEqual(expect.arrayContaining(['ADDRESS', 'SOURCE']));

      for (const [table, column] of tables) {
        expect({ table, rows: await count(table, column, kept.id) }).toEqual({ table, rows: before[table] });
        expect({ table, left: await count(table, column, merged.id) }).toEqual({ table, left: 0 });
      }
      expect(await count('person_skills', 'person_id', kept.id)).toBe(1);
      expect(await count('person_levels', 'person_id', kept.id)).toBe(1);
      expect(await count('person_consents', 'person_id', kept.id)).toBe(1);
      expect(await count('people', 'id', merged.id)).toBe(0);
      const [links] = await harness.sql.query<{ n: number; between: number }>(
        owner.tenantId,
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE from_person_id = $2 OR to_person_id = $2)::int AS between
           FROM membership.relationships WHERE from_person_id = $1 OR to_person_id = $1`,
        [kept.id, merged.id],
      );
      expect(links).toEqual({ n: 2, between: 0 }); // the seeded FAMILY and RECRUITED_BY links to the anchor moved; the NEIGHBOUR one went

      const [person] = await harness.rpc.ok('membership.person.get-many', { ids: [kept.id] }, owner.as);
      expect(person).toMatchObject({
        firstName: 'Zephyrine',
        email: 'kept@example.org',
        phone: merged.phone,
        postalCode: '94110',
        referredByPersonId: anchor.id,
        joinedOn: '2024-05-01',
      });
      expect(person!.tags.sort()).toEqual(['tenant', ...merged.tags].sort());
      const [contacts] = await harness.rpc.ok(
        'membership.person.contacts.get-many',
        { ids: [kept.id] },
        owner.as,
      );
      expect(contacts!.emails.map((e) => e.email).sort()).toEqual(
        ['kept@example.org', merged.email!, seeded.personalValues[3]!].sort(),
      );
      expect(contacts!.emails.filter((e) => e.primary).map((e) => e.email)).toEqual(['kept@example.org']);
      expect(contacts!.phones.map((p) => p.phone)).toEqual(
        expect.arrayContaining(['+14155550500', merged.phone!, seeded.personalValues[5]!]),
      );
      const [demographics] = await harness.sql.query<{ gender: string; age_range: string }>(
        owner.tenantId,
        `SELECT gender, age_range FROM membership.person_demographics WHERE person_id = $1`,
        [kept.id],
      );
      expect(demographics).toEqual({ gender: 'NON_BINARY', age_range: 'AGE_25_34' });
      const [anchorNow] = await harness.rpc.ok('membership.person.get-many', { ids: [anchor.id] }, owner.as);
      expect(anchorNow!.referredByPersonId).toBe(kept.id);

      // Search terms: the kept person is found by the merged-away person's email; get-many forgets the merged id; resolve-ids says where it went.
      const terms = await harness.sql.query<{ person_id: string }>(
        owner.tenantId,
        `SELECT person_id FROM membership.person_search_terms WHERE term = $1`,
        [merged.email],
      );
      expect(terms.map((row) => row.person_id)).toEqual([kept.id]);
      expect(await harness.rpc.ok('membership.person.get-many', { ids: [merged.id] }, owner.as)).toEqual([]);
      expect(
        await harness.rpc.ok('membership.person.resolve-ids', { ids: [merged.id, kept.id] }, owner.as),
      ).toEqual([
        { personId: merged.id, fate: 'MERGED', currentPersonId: kept.id },
        { personId: kept.id, fate: 'LIVE', currentPersonId: kept.id },
      ]);
      const merges = await harness.rpc.ok('membership.person.merges.list', { personId: kept.id }, owner.as);
      expect(merges.items.map((m) => m.id)).toContain(merge.id);
      expect((await queue('MERGED')).items.map((c) => [c.firstPersonId, c.secondPersonId].join())).toEqual([
        [a, b].join(),
      ]);
      expect((await queue('OPEN')).totalCount).toBe(0); // the merged-away person's pair with the anchor went

      await eventually(async () => {
        const events = await personEventsOf(harness.rpc.connection, owner.tenantId);
        expect(events.map((e) => e.envelope)).toContainEqual(
          expect.objectContaining({
            type: 'membership.person.merged',
            data: expect.objectContaining({
              keptPersonId: kept.id,
              mergedPersonId: merged.id,
              mergedPersonArchivedAt: null,
            }),
          }),
        );
      });
    });

    it('keeps the higher ladder level, and follows merges of merges', async () => {
      const one = await create({ firstName: 'Level', lastName: 'One' });
      const two = await create({ firstName: 'Level', lastName: 'Two' });
      const three = await create({ firstName: 'Level', lastName: 'Three' });
      const levels = await harness.sql.query<{ id: string; position: number }>(
        owner.tenantId,
        `SELECT id, position FROM membership.ladder_levels ORDER BY position`,
      );
      await harness.sql.query(
        owner.tenantId,
        `INSERT INTO membership.person_levels (tenant_id, person_id, level_id, since) VALUES ($1, $2, $3, now()), ($1, $4, $5, now())`,
        [owner.tenantId, one.id, levels[1]!.id, two.id, levels[3]!.id],
      );
      await harness.rpc.ok(
        'membership.person.merge',
        { keptPersonId: one.id, mergedPersonId: two.id },
        owner.as,
      );
      const [level] = await harness.sql.query<{ level_id: string }>(
        owner.tenantId,
        `SELECT level_id FROM membership.person_levels WHERE person_id = $1`,
        [one.id],
      );
      expect(level!.level_id).toBe(levels[3]!.id);
      await harness.rpc.ok(
        'membership.person.merge',
        { keptPersonId: three.id, mergedPersonId: one.id },
        owner.as,
      );
      const [fate] = await harness.rpc.ok('membership.person.resolve-ids', { ids: [two.id] }, owner.as);
      expect(fate).toEqual({ personId: two.id, fate: 'MERGED', currentPersonId: three.id });
    });

    it('refuses to keep an archived person or to take STATUS from one, and changes nothing', async () => {
      const living = await create({ firstName: 'Live', lastName: 'One' });
      const archived = await create({ firstName: 'Gone', lastName: 'One' });
      await harness.rpc.ok('membership.person.archive', { id: archived.id }, owner.as);
      expect(
        (
          await harness.rpc.error(
            'membership.person.merge',
            { keptPersonId: archived.id, mergedPersonId: living.id },
            owner.as,
          )
        ).code,
      ).toBe('CONFLICT');
      const error = await harness.rpc.error(
        'membership.person.merge',
        { keptPersonId: living.id, mergedPersonId: archived.id, fieldsFromMerged: ['STATUS'] },
        owner.as,
      );
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'fieldsFromMerged' } });
      expect(await count('people', 'id', archived.id)).toBe(1);
      // Merging the archived one in is fine.
      await harness.rpc.ok(
        'membership.person.merge',
        { keptPersonId: living.id, mergedPersonId: archived.id },
        owner.as,
      );
      expect(await count('people', 'id', archived.id)).toBe(0);
    });

    it('refuses malformed requests with BAD_USER_INPUT naming the field, and merges nothing', async () => {
      const a = await create({ firstName: 'Bad', lastName: 'Input' });
      const b = await create({ firstName: 'Bad', lastName: 'Inputs' });
      for (const [subject, body, field] of [
        ['membership.person.merge', { mergedPersonId: b.id }, 'keptPersonId'],
        ['membership.person.merge', { keptPersonId: a.id, mergedPersonId: a.id }, 'mergedPersonId'],
        ['membership.person.merge', { keptPersonId: 'x', mergedPersonId: b.id }, 'keptPersonId'],
        ['membership.person.merge', { keptPersonId: a.id, mergedPersonId: 7 }, 'mergedPersonId'],
        [
          'membership.person.merge',
          { keptPersonId: a.id, mergedPersonId: b.id, fieldsFromMerged: ['PASSWORD'] },
          'fieldsFromMerged.0',
        ],
        [
          'membership.person.merge',
          { keptPersonId: a.id, mergedPersonId: b.id, fieldsFromMerged: 'EMAIL' },
          'fieldsFromMerged',
        ],
        [
          'membership.person.merge',
          { keptPersonId: a.id, mergedPersonId: b.id, fieldsFromMerged: Array(100).fill('EMAIL') },
          'fieldsFromMerged',
        ],
        ['membership.duplicates.dismiss', {}, 'candidateId'],
        [
          'membership.duplicates.dismiss',
          { candidateId: "'; DELETE FROM membership.people; --" },
          'candidateId',
        ],
        ['membership.duplicates.refresh', { personIds: Array(1001).fill(a.id) }, 'personIds'],
        ['membership.duplicates.refresh', { personIds: ['nope'] }, 'personIds.0'],
        ['membership.duplicates.list', { status: 'MAYBE' }, 'status'],
        ['membership.duplicates.list', { first: 1000 }, 'first'],
        ['membership.duplicates.list', { after: 'forged' }, 'after'],
        ['membership.person.merges.list', { after: 'forged' }, 'after'],
        ['membership.person.resolve-ids', { ids: [] }, 'ids'],
      ] as const) {
        const error = await harness.rpc.error(subject, body, owner.as);
        expect({ subject, code: error.code, field: error.details?.field }).toEqual({
          subject,
          code: 'BAD_USER_INPUT',
          field,
        });
      }
      expect(await count('people', 'id', a.id)).toBe(1);
      expect(await count('people', 'id', b.id)).toBe(1);
    });
  });

  describe('across coalitions', () => {
    it('B neither sees, dismisses, merges nor resolves A’s people and pairs, and A’s queue is unchanged', async () => {
      const a1 = await create({ firstName: 'Cross', lastName: 'One', email: 'cross@example.org' });
      const a2 = await create({ firstName: 'Cross', lastName: 'Two', phone: '+14155550600' });
      await harness.rpc.ok(
        'membership.person.phone.add',
        { personId: a1.id, phone: '+14155550600' },
        owner.as,
      );
      await refresh();
      const candidate = (await queue()).items[0]!;
      const intruder = await signUp(harness.rpc, 'Intruder');
      await harness.rpc.ok(
        'membership.person.create',
        { firstName: 'Cross', lastName: 'Three', phone: '+14155550600' },
        intruder.as,
      );
      expect(await refresh({}, intruder.as)).toEqual({ openCount: 0, foundCount: 0 });
      expect((await queue('OPEN', intruder.as)).totalCount).toBe(0);
      expect(
        await harness.rpc.ok('membership.duplicates.get-many', { ids: [candidate.id] }, intruder.as),
      ).toEqual([]);
      expect(
        (await harness.rpc.error('membership.duplicates.dismiss', { candidateId: candidate.id }, intruder.as))
          .code,
      ).toBe('NOT_FOUND');
      expect(
        (
          await harness.rpc.error(
            'membership.person.merge',
            { keptPersonId: a1.id, mergedPersonId: a2.id },
            intruder.as,
          )
        ).code,
      ).toBe('NOT_FOUND');
      expect((await refresh({ personIds: [a1.id, a2.id] }, intruder.as)).foundCount).toBe(0);
      const fates = await harness.rpc.ok('membership.person.resolve-ids', { ids: [a1.id] }, intruder.as);
      expect(fates).toEqual([{ personId: a1.id, fate: 'UNKNOWN', currentPersonId: null }]);
      expect((await harness.rpc.ok('membership.person.merges.list', {}, intruder.as)).totalCount).toBe(0);
      expect((await queue()).items).toEqual([candidate]);
      expect(await count('people', 'id', a2.id)).toBe(1);
    });

    it('records which organizer merged', async () => {
      const organizer = await addMember(harness.rpc, harness.sql, owner, 'ORGANIZER');
      const a = await create({ firstName: 'Org', lastName: 'One' });
      const b = await create({ firstName: 'Org', lastName: 'Two' });
      const merge = await harness.rpc.ok(
        'membership.person.merge',
        { keptPersonId: a.id, mergedPersonId: b.id },
        organizer.as,
      );
      expect(merge.mergedBy).toBe(organizer.userId);
    });
  });
});
