import { eventually, type RawRequest } from '@groundwork/testing';
import { addMember, signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { personEventsOf } from '../support/people-fixtures';

describe('person profile', () => {
  const harness = useMembershipHarness();
  let coalition: Member;

  beforeEach(async () => {
    coalition = await signUp(harness.rpc, 'Profile');
  });

  const create = (body: RawRequest<'membership.person.create'>) =>
    harness.rpc.ok('membership.person.create', body, coalition.as);
  const update = (body: RawRequest<'membership.person.update'>) =>
    harness.rpc.ok('membership.person.update', body, coalition.as);
  const contacts = async (id: string) =>
    (await harness.rpc.ok('membership.person.contacts.get-many', { ids: [id] }, coalition.as))[0];
  const defineField = (body: RawRequest<'membership.custom-field.create'>) =>
    harness.rpc.ok('membership.custom-field.create', body, coalition.as);

  it('stores and normalizes every profile field, and reads them back through get-many and list', async () => {
    const organizer = await addMember(harness.rpc, harness.sql, coalition, 'ORGANIZER');
    const referrer = await create({ firstName: 'Ella', lastName: 'Baker' });
    const person = await create({
      firstName: 'Ada',
      lastName: 'Lovelace',
      pronouns: ' she/her ',
      phone: '(415) 555-2671',
      phoneSms: true,
      addressLine1: '12 Main St',
      addressLine2: 'Apt 3',
      city: 'Oakland',
      region: 'CA',
      postalCode: '94607',
      country: 'us',
      area: 'West Oakland',
      preferredLanguages: ['es', 'en', 'es'],
      joinedOn: '2024-02-29',
      source: 'REFERRAL',
      sourceDetail: 'met at the tenants meeting',
      referredByPersonId: referrer.id,
      status: 'INACTIVE',
      assignedOrganizerId: organizer.userId,
      externalId: 'an-42',
    });
    expect(person).toMatchObject({
      pronouns: 'she/her',
      phone: '+14155552671',
      phoneSms: true,
      addressLine1: '12 Main St',
      addressLine2: 'Apt 3',
      city: 'Oakland',
      region: 'CA',
      postalCode: '94607',
      country: 'US',
      area: 'West Oakland',
      preferredLanguage: 'es',
      preferredLanguages: ['es', 'en'],
      joinedOn: '2024-02-29',
      source: 'REFERRAL',
      sourceDetail: 'met at the tenants meeting',
      referredByPersonId: referrer.id,
      status: 'INACTIVE',
      assignedOrganizerId: organizer.userId,
      externalId: 'an-42',
    });
    const [stored] = await harness.rpc.ok('membership.person.get-many', { ids: [person.id] }, coalition.as);
    expect(stored).toEqual(person);
    const page = await harness.rpc.ok('membership.person.list', {}, coalition.as);
    expect(page.items.find((item) => item.id === person.id)).toEqual(person);
  });

  it('keeps preferredLanguage as the first preferred language, both ways', async () => {
    const person = await create({ firstName: 'Ada', lastName: 'Lovelace', preferredLanguage: 'en' });
    expect(person).toMatchObject({ preferredLanguage: 'en', preferredLanguages: ['en'] });
    const withMore = await update({ id: person.id, preferredLanguages: ['en', 'fr'] });
    expect(withMore).toMatchObject({ preferredLanguage: 'en', preferredLanguages: ['en', 'fr'] });
    const frenchFirst = await update({ id: person.id, preferredLanguage: 'fr' });
    expect(frenchFirst).toMatchObject({ preferredLanguage: 'fr', preferredLanguages: ['fr', 'en'] });
    expect(
      await harness.rpc.error(
        'membership.person.update',
        { id: person.id, preferredLanguage: 'de', preferredLanguages: ['fr'] },
        coalition.as,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'preferredLanguage' } });
  });

  it('records status changes, names changed fields in person.updated, and drops the referrer with the referral', async () => {
    const referrer = await create({ firstName: 'Ella', lastName: 'Baker' });
    const person = await create({
      firstName: 'Ada',
      lastName: 'Lovelace',
      source: 'REFERRAL',
      referredByPersonId: referrer.id,
    });
    const updated = await update({
      id: person.id,
      status: 'DO_NOT_CONTACT',
      source: 'EVENT',
      sourceDetail: 'May day',
    });
    expect(updated).toMatchObject({ status: 'DO_NOT_CONTACT', source: 'EVENT', referredByPersonId: null });
    const archived = await harness.rpc.ok('membership.person.archive', { id: person.id }, coalition.as);
    expect(archived).toMatchObject({ status: 'ARCHIVED', archivedAt: expect.any(String) });

    const changes = await harness.sql.query<{ from_status: string; to_status: string; changed_by: string }>(
      coalition.tenantId,
      `SELECT from_status, to_status, changed_by FROM membership.person_status_changes WHERE person_id = $1 ORDER BY changed_at`,
      [person.id],
    );
    expect(changes).toEqual([
      { from_status: 'ACTIVE', to_status: 'DO_NOT_CONTACT', changed_by: coalition.userId },
      { from_status: 'DO_NOT_CONTACT', to_status: 'ARCHIVED', changed_by: coalition.userId },
    ]);
    await eventually(async () => {
      const updatedEvent = (await personEventsOf(harness.rpc.connection, coalition.tenantId)).find(
        (event) =>
          event.envelope.type === 'membership.person.updated' &&
          (event.envelope.data as { personId: string }).personId === person.id,
      );
      const data = updatedEvent?.envelope.data as {
        personId: string;
        changedFields: string[];
        updatedAt: string;
      };
      expect({ ...data, changedFields: [...data.changedFields].sort() }).toEqual({
        personId: person.id,
        changedFields: ['referredByPersonId', 'source', 'sourceDetail', 'status'],
        updatedAt: updated.updatedAt,
      });
    });
  });

  it('refuses a referrer or organizer from elsewhere, a self-referral and a referrer without REFERRAL', async () => {
    const other = await signUp(harness.rpc, 'Other');
    const stranger = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Eve', lastName: 'Stranger' },
      other.as,
    );
    const person = await create({ firstName: 'Ada', lastName: 'Lovelace' });
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ source: 'REFERRAL', referredByPersonId: stranger.id }, 'referredByPersonId'],
      [{ source: 'REFERRAL', referredByPersonId: person.id }, 'referredByPersonId'],
      [{ source: 'EVENT', referredByPersonId: stranger.id }, 'referredByPersonId'],
      [{ assignedOrganizerId: other.userId }, 'assignedOrganizerId'],
    ];
    for (const [fields, field] of refusals) {
      expect(
        await harness.rpc.error('membership.person.update', { id: person.id, ...fields }, coalition.as),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field },
      });
    }
    const [row] = await harness.sql.query(
      coalition.tenantId,
      `SELECT source, referred_by_person_id, assigned_organizer_id FROM membership.people WHERE id = $1`,
      [person.id],
    );
    expect(row).toEqual({ source: null, referred_by_person_id: null, assigned_organizer_id: null });
  });

  it('keeps external ids unique per coalition and lets another coalition use the same one', async () => {
    await create({ firstName: 'Ada', lastName: 'Lovelace', externalId: 'x-1' });
    expect(
      await harness.rpc.error(
        'membership.person.create',
        { firstName: 'Grace', lastName: 'Hopper', externalId: 'x-1' },
        coalition.as,
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { field: 'externalId' } });
    const other = await signUp(harness.rpc, 'Other');
    await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Grace', lastName: 'Hopper', externalId: 'x-1' },
      other.as,
    );
  });

  it('adds, removes and swaps emails and phones, normalized, with the SMS flag travelling with its phone', async () => {
    const person = await create({ firstName: 'Ada', lastName: 'Lovelace' });
    const withEmail = await harness.rpc.ok(
      'membership.person.email.add',
      { personId: person.id, email: 'Ada@Example.org' },
      coalition.as,
    );
    expect(withEmail.email).toBe('ada@example.org');
    await harness.rpc.ok(
      'membership.person.email.add',
      { personId: person.id, email: 'ada@work.example' },
      coalition.as,
    );
    await harness.rpc.ok(
      'membership.person.phone.add',
      { personId: person.id, phone: '4155552671', sms: false },
      coalition.as,
    );
    await harness.rpc.ok(
      'membership.person.phone.add',
      { personId: person.id, phone: '+44 20 7946 0958', sms: true },
      coalition.as,
    );
    expect(await contacts(person.id)).toEqual({
      personId: person.id,
      emails: [
        { email: 'ada@example.org', primary: true },
        { email: 'ada@work.example', primary: false },
      ],
      phones: [
        { phone: '+14155552671', sms: false, primary: true },
        { phone: '+442079460958', sms: true, primary: false },
      ],
    });

    const swapped = await harness.rpc.ok(
      'membership.person.phone.make-primary',
      { personId: person.id, phone: '+442079460958' },
      coalition.as,
    );
    expect(swapped).toMatchObject({ phone: '+442079460958', phoneSms: true });
    await harness.rpc.ok(
      'membership.person.email.make-primary',
      { personId: person.id, email: 'ada@work.example' },
      coalition.as,
    );
    expect(await contacts(person.id)).toEqual({
      personId: person.id,
      emails: [
        { email: 'ada@work.example', primary: true },
        { email: 'ada@example.org', primary: false },
      ],
      phones: [
        { phone: '+442079460958', sms: true, primary: true },
        { phone: '+14155552671', sms: false, primary: false },
      ],
    });

    const promoted = await harness.rpc.ok(
      'membership.person.email.remove',
      { personId: person.id, email: 'ada@work.example' },
      coalition.as,
    );
    expect(promoted.email).toBe('ada@example.org');
    await harness.rpc.ok(
      'membership.person.phone.remove',
      { personId: person.id, phone: '(415) 555-2671' },
      coalition.as,
    );
    expect(await contacts(person.id)).toEqual({
      personId: person.id,
      emails: [{ email: 'ada@example.org', primary: true }],
      phones: [{ phone: '+442079460958', sms: true, primary: true }],
    });
    expect(
      await harness.rpc.error(
        'membership.person.email.make-primary',
        { personId: person.id, email: 'nobody@example.org' },
        coalition.as,
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("refuses making another living person's email primary", async () => {
    await create({ firstName: 'Grace', lastName: 'Hopper', email: 'shared@example.org' });
    const person = await create({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' });
    await harness.rpc.ok(
      'membership.person.email.add',
      { personId: person.id, email: 'shared@example.org' },
      coalition.as,
    );
    expect(
      await harness.rpc.error(
        'membership.person.email.make-primary',
        { personId: person.id, email: 'shared@example.org' },
        coalition.as,
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { field: 'email' } });
    expect((await contacts(person.id))?.emails).toEqual([
      { email: 'ada@example.org', primary: true },
      { email: 'shared@example.org', primary: false },
    ]);
  });

  describe('custom fields', () => {
    beforeEach(async () => {
      await defineField({
        key: 'shirt_size',
        label: 'Shirt size',
        type: 'SINGLE_CHOICE',
        options: ['S', 'M', 'L'],
        required: true,
      });
      await defineField({
        key: 'skills',
        label: 'Skills',
        type: 'MULTIPLE_CHOICE',
        options: ['cooking', 'design', 'driving'],
      });
      await defineField({ key: 'children', label: 'Children', type: 'NUMBER' });
      await defineField({ key: 'lease_ends', label: 'Lease ends', type: 'DATE' });
      await defineField({ key: 'story', label: 'Story', type: 'TEXT' });
    });

    it('lists definitions in order, and archives them out of the default list', async () => {
      const all = await harness.rpc.ok('membership.custom-field.list', {}, coalition.as);
      expect(all.map((field) => field.key)).toEqual([
        'shirt_size',
        'skills',
        'children',
        'lease_ends',
        'story',
      ]);
      const story = all.find((field) => field.key === 'story')!;
      const archived = await harness.rpc.ok(
        'membership.custom-field.update',
        { id: story.id, archived: true, label: 'Their story' },
        coalition.as,
      );
      expect(archived).toMatchObject({ archived: true, label: 'Their story', type: 'TEXT', key: 'story' });
      expect(
        (await harness.rpc.ok('membership.custom-field.list', {}, coalition.as)).map((f) => f.key),
      ).not.toContain('story');
      expect(
        (await harness.rpc.ok('membership.custom-field.list', { includeArchived: true }, coalition.as)).map(
          (f) => f.key,
        ),
      ).toContain('story');
      expect(
        await harness.rpc.error(
          'membership.custom-field.create',
          { key: 'story', label: 'Again', type: 'TEXT' },
          coalition.as,
        ),
      ).toMatchObject({
        code: 'CONFLICT',
        details: { field: 'key' },
      });
    });

    it('validates values against their definitions, merges updates, clears with null, and stores jsonb for SQL', async () => {
      const person = await create({
        firstName: 'Ada',
        lastName: 'Lovelace',
        customFields: {
          shirt_size: 'M',
          skills: ['design', 'cooking', 'design'],
          children: 2,
          lease_ends: '2026-08-31',
        },
      });
      expect(person.customFields).toEqual({
        shirt_size: 'M',
        skills: ['design', 'cooking'],
        children: 2,
        lease_ends: '2026-08-31',
      });
      const updated = await update({
        id: person.id,
        customFields: { children: null, story: 'Organized her building' },
      });
      expect(updated.customFields).toEqual({
        shirt_size: 'M',
        skills: ['design', 'cooking'],
        lease_ends: '2026-08-31',
        story: 'Organized her building',
      });

      const matches = await harness.sql.query<{ id: string }>(
        coalition.tenantId,
        `SELECT id FROM membership.people WHERE custom_fields->>'shirt_size' = 'M' AND custom_fields->'skills' ? 'design'
           AND (custom_fields->>'lease_ends')::date < '2027-01-01'`,
      );
      expect(matches).toEqual([{ id: person.id }]);
    });

    it('refuses bad values naming customFields.<key>, and writes nothing', async () => {
      const person = await create({
        firstName: 'Ada',
        lastName: 'Lovelace',
        customFields: { shirt_size: 'S' },
      });
      const bad: Array<[Record<string, unknown>, string]> = [
        [{ shirt_size: 'XL' }, 'customFields.shirt_size'],
        [{ shirt_size: null }, 'customFields.shirt_size'],
        [{ skills: ['juggling'] }, 'customFields.skills'],
        [{ skills: 'cooking' }, 'customFields.skills'],
        [{ children: 'two' }, 'customFields.children'],
        [{ children: 1e300 }, 'customFields.children'],
        [{ lease_ends: '2026-02-30' }, 'customFields.lease_ends'],
        [{ story: 42 }, 'customFields.story'],
        [{ story: '<b>bold</b>' }, 'customFields.story'],
        [{ unknown_field: 'x' }, 'customFields.unknown_field'],
      ];
      for (const [customFields, field] of bad) {
        expect(
          await harness.rpc.error('membership.person.update', { id: person.id, customFields }, coalition.as),
        ).toMatchObject({
          code: 'BAD_USER_INPUT',
          details: { field },
        });
      }
      expect(
        await harness.rpc.error(
          'membership.person.create',
          { firstName: 'Grace', lastName: 'Hopper' },
          coalition.as,
        ),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'customFields.shirt_size' },
      });
      const [stored] = await harness.rpc.ok('membership.person.get-many', { ids: [person.id] }, coalition.as);
      expect(stored?.customFields).toEqual({ shirt_size: 'S' });
    });
  });
});
