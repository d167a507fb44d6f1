import type { Page, PersonDto, TimelineEntryDto } from '@groundwork/contracts';
import type { RawCallContext } from '@groundwork/testing';
import { addMember, signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

/** Demographics (ADMIN and OWNER only, enforced by membership itself), notes and the timeline. */
describe('person demographics, notes and timeline', () => {
  const harness = useMembershipHarness();
  let owner: Member;
  let person: PersonDto;

  beforeEach(async () => {
    owner = await signUp(harness.rpc, 'Records');
    person = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Ada', lastName: 'Lovelace' },
      owner.as,
    );
  });

  const setDemographics = (body: Record<string, unknown>, as: RawCallContext = owner.as) =>
    harness.rpc.ok('membership.demographics.set', { personId: person.id, ...body }, as);

  describe('demographics', () => {
    it('sets answers, merges later ones, clears with null, and canonicalizes languages', async () => {
      const first = await setDemographics({
        ageRange: 'AGE_25_34',
        gender: 'PREFER_NOT_TO_SAY',
        raceEthnicity: ['BLACK', 'INDIGENOUS', 'BLACK'],
        languages: ['pt-br', 'en'],
      });
      expect(first).toMatchObject({
        personId: person.id,
        ageRange: 'AGE_25_34',
        gender: 'PREFER_NOT_TO_SAY',
        raceEthnicity: ['BLACK', 'INDIGENOUS'],
        disability: null,
        languages: ['pt-BR', 'en'],
      });
      const second = await setDemographics({ gender: null, housingSituation: 'RENTER' });
      expect(second).toMatchObject({ ageRange: 'AGE_25_34', gender: null, housingSituation: 'RENTER' });
      const [read] = await harness.rpc.ok('membership.demographics.get-many', { ids: [person.id] }, owner.as);
      expect(read).toEqual(second);
    });

    it('answers all nulls for a person who gave none', async () => {
      const [read] = await harness.rpc.ok('membership.demographics.get-many', { ids: [person.id] }, owner.as);
      expect(read).toMatchObject({ personId: person.id, ageRange: null, languages: null, updatedAt: null });
    });

    it('is FORBIDDEN to organizers, viewers and API tokens even when they reach membership directly, and writes nothing', async () => {
      await setDemographics({ ageRange: 'AGE_18_24' });
      const admin = await addMember(harness.rpc, harness.sql, owner, 'ADMIN');
      const organizer = await addMember(harness.rpc, harness.sql, owner, 'ORGANIZER');
      const viewer = await addMember(harness.rpc, harness.sql, owner, 'VIEWER');
      const token: RawCallContext = {
        tenantId: owner.tenantId,
        actorId: '00000000-0000-4000-8000-000000000001',
        actorType: 'api-token',
      };
      for (const as of [organizer.as, viewer.as, token, { tenantId: owner.tenantId }]) {
        for (const [subject, body] of [
          ['membership.demographics.set', { personId: person.id, ageRange: 'AGE_65_PLUS' }],
          ['membership.demographics.get-many', { ids: [person.id] }],
          ['membership.demographics.report', {}],
        ] as const) {
          expect((await harness.rpc.error(subject, body, as)).code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
        }
      }
      expect(await setDemographics({ disability: 'NO' }, admin.as)).toMatchObject({
        ageRange: 'AGE_18_24',
        disability: 'NO',
      });
    });

    it('reports counts per category among living people, with zeros, never names', async () => {
      const grace = await harness.rpc.ok(
        'membership.person.create',
        { firstName: 'Grace', lastName: 'Hopper' },
        owner.as,
      );
      const gone = await harness.rpc.ok(
        'membership.person.create',
        { firstName: 'Gone', lastName: 'Away' },
        owner.as,
      );
      await setDemographics({ gender: 'WOMAN', raceEthnicity: ['BLACK', 'WHITE'], languages: ['en'] });
      await harness.rpc.ok(
        'membership.demographics.set',
        { personId: grace.id, gender: 'WOMAN', raceEthnicity: ['WHITE'] },
        owner.as,
      );
      await harness.rpc.ok('membership.demographics.set', { personId: gone.id, gender: 'MAN' }, owner.as);
      await harness.rpc.ok('membership.person.archive', { id: gone.id }, owner.as);

      const report = await harness.rpc.ok('membership.demographics.report', {}, owner.as);
      expect(report.peopleCount).toBe(2);
      const gender = report.dimensions.find((dimension) => dimension.dimension === 'GENDER')!;
      expect(gender).toMatchObject({ answeredCount: 2, notAnsweredCount: 0 });
      expect(gender.categories).toContainEqual({ category: 'WOMAN', count: 2 });
      expect(gender.categories).toContainEqual({ category: 'MAN', count: 0 });
      const race = report.dimensions.find((dimension) => dimension.dimension === 'RACE_ETHNICITY')!;
      expect(race.categories).toContainEqual({ category: 'WHITE', count: 2 });
      expect(race.categories).toContainEqual({ category: 'BLACK', count: 1 });
      const age = report.dimensions.find((dimension) => dimension.dimension === 'AGE_RANGE')!;
      expect(age).toMatchObject({ answeredCount: 0, notAnsweredCount: 2 });
      expect(report.dimensions.find((dimension) => dimension.dimension === 'LANGUAGES')!.categories).toEqual([
        { category: 'en', count: 1 },
      ]);
      expect(JSON.stringify(report)).not.toMatch(/Ada|Grace|Lovelace|[0-9a-f]{8}-[0-9a-f]{4}-/);
    });
  });

  describe('notes and timeline', () => {
    it('adds notes with their author, edits them (author or ADMIN only), and pages them newest first', async () => {
      const organizer = await addMember(harness.rpc, harness.sql, owner, 'ORGANIZER');
      const other = await addMember(harness.rpc, harness.sql, owner, 'ORGANIZER');
      const first = await harness.rpc.ok(
        'membership.person-note.create',
        { personId: person.id, body: 'Met at the laundromat.\nWants to talk about repairs.' },
        organizer.as,
      );
      expect(first).toMatchObject({
        personId: person.id,
        authorId: organizer.userId,
        editedAt: null,
        body: 'Met at the laundromat.\nWants to talk about repairs.',
      });
      const second = await harness.rpc.ok(
        'membership.person-note.create',
        { personId: person.id, body: 'Came to the meeting.' },
        owner.as,
      );

      expect(
        await harness.rpc.error(
          'membership.person-note.update',
          { id: first.id, body: 'Mine now' },
          other.as,
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      const edited = await harness.rpc.ok(
        'membership.person-note.update',
        { id: first.id, body: 'Met at the laundromat.' },
        organizer.as,
      );
      expect(edited).toMatchObject({ body: 'Met at the laundromat.', editedAt: expect.any(String) });
      await harness.rpc.ok(
        'membership.person-note.update',
        { id: first.id, body: 'Met at the laundromat on 5th.' },
        owner.as,
      );

      const page1 = await harness.rpc.ok(
        'membership.person-note.list',
        { personId: person.id, first: 1 },
        owner.as,
      );
      expect(page1).toMatchObject({ totalCount: 2, hasNextPage: true, items: [{ id: second.id }] });
      const page2 = await harness.rpc.ok(
        'membership.person-note.list',
        { personId: person.id, first: 1, after: page1.endCursor ?? undefined },
        owner.as,
      );
      expect(page2).toMatchObject({
        hasNextPage: false,
        items: [{ id: first.id, body: 'Met at the laundromat on 5th.' }],
      });
    });

    it('unions creation, status changes and notes newest first, paging without gaps or repeats', async () => {
      await harness.rpc.ok('membership.person.update', { id: person.id, status: 'INACTIVE' }, owner.as);
      const note = await harness.rpc.ok(
        'membership.person-note.create',
        { personId: person.id, body: 'Called back.' },
        owner.as,
      );
      await harness.rpc.ok('membership.person.update', { id: person.id, status: 'ACTIVE' }, owner.as);

      const all = await harness.rpc.ok(
        'membership.person.timeline',
        { personId: person.id, first: 10 },
        owner.as,
      );
      expect(all.totalCount).toBe(4);
      expect(all.items.map((entry) => entry.kind)).toEqual([
        'STATUS_CHANGED',
        'NOTE',
        'STATUS_CHANGED',
        'PERSON_CREATED',
      ]);
      expect(all.items[0]).toMatchObject({ actorId: owner.userId, data: { from: 'INACTIVE', to: 'ACTIVE' } });
      expect(all.items[1]).toMatchObject({ id: note.id, data: { body: 'Called back.' } });
      expect(all.items[3]).toMatchObject({ id: person.id, occurredAt: person.createdAt });

      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: Page<TimelineEntryDto> = await harness.rpc.ok(
          'membership.person.timeline',
          { personId: person.id, first: 1, ...(after ? { after } : {}) },
          owner.as,
        );
        seen.push(...page.items.map((entry) => entry.id));
        after = page.hasNextPage ? page.endCursor : null;
      } while (after);
      expect(seen).toEqual(all.items.map((entry) => entry.id));
    });
  });
});
