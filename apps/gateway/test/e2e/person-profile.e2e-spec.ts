import { startPlatform, TenantSql, type Platform } from '@groundwork/testing';
import { addMember, createApiToken, signUpCoalition, type AuthPayload } from './support/coalitions';
import { as, errorCode, GatewayClient, type GraphQLResponse } from './support/gateway-client';

// The person profile through GraphQL: profile fields, emails and phones, custom fields,
// demographics (ADMIN and above), notes and the timeline; roles, coalitions and bad input.

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;
let owner: AuthPayload;
let admin: AuthPayload;
let organizer: AuthPayload;
let viewer: AuthPayload;
let readToken: string;
let other: AuthPayload;

const PROFILE = `id firstName lastName pronouns email phone phoneSms addressLine1 addressLine2 city region postalCode
  country area preferredLanguage preferredLanguages joinedOn source sourceDetail referredByPersonId status
  assignedOrganizerId externalId customFields tags createdAt updatedAt archivedAt
  emails { email primary } phones { phone sms primary }
  referredBy { id firstName } assignedOrganizer { id name }`;

interface Profile {
  id: string;
  status: string;
  email: string | null;
  phone: string | null;
  customFields: Record<string, unknown>;
  emails: Array<{ email: string; primary: boolean }>;
  phones: Array<{ phone: string; sms: boolean; primary: boolean }>;
  referredBy: { id: string } | null;
  assignedOrganizer: { id: string; name: string } | null;
  [field: string]: unknown;
}

async function createPerson(input: Record<string, unknown>, caller: AuthPayload = owner): Promise<Profile> {
  const { createPerson } = await client.data<{ createPerson: Profile }>(
    `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { ${PROFILE} } }`,
    { input },
    as(caller),
  );
  return createPerson;
}

function mutate(
  name: string,
  inputType: string,
  input: unknown,
  caller: AuthPayload | string,
  selection = 'id',
): Promise<GraphQLResponse<Record<string, unknown>>> {
  return client.request(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`,
    { input },
    as(caller),
  );
}

function expectBadInput(response: GraphQLResponse<unknown>, field: string): void {
  expect({ code: errorCode(response), field: response.errors?.[0]?.extensions?.field }).toEqual({
    code: 'BAD_USER_INPUT',
    field,
  });
}

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  sql = new TenantSql();
  owner = await signUpCoalition(client, 'profile');
  admin = await addMember(client, sql, owner, 'ADMIN');
  organizer = await addMember(client, sql, owner, 'ORGANIZER');
  viewer = await addMember(client, sql, owner, 'VIEWER');
  readToken = (await createApiToken(client, owner.accessToken, ['READ'])).token;
  other = await signUpCoalition(client, 'other');
  await client.data(
    `mutation ($input: CreateCustomFieldInput!) { createCustomField(input: $input) { id } }`,
    { input: { key: 'shirt_size', label: 'Shirt size', type: 'SINGLE_CHOICE', options: ['S', 'M', 'L'] } },
    as(admin),
  );
});

afterAll(async () => {
  await sql?.close();
  await platform?.stop();
});

describe('person profile through the gateway', () => {
  it('creates and reads every profile field, linked people and users, emails and phones', async () => {
    const referrer = await createPerson({ firstName: 'Ella', lastName: 'Baker' });
    const person = await createPerson(
      {
        firstName: 'Ada',
        lastName: 'Lovelace',
        pronouns: 'she/her',
        email: 'ada@example.org',
        phone: '+1 415 555 2671',
        phoneSms: true,
        addressLine1: '12 Main St',
        city: 'Oakland',
        region: 'CA',
        postalCode: '94607',
        country: 'US',
        area: 'West Oakland',
        preferredLanguages: ['es', 'en'],
        joinedOn: '2025-05-01',
        source: 'REFERRAL',
        referredByPersonId: referrer.id,
        assignedOrganizerId: organizer.user.id,
        externalId: `ext-${Date.now()}`,
        customFields: { shirt_size: 'M' },
      },
      organizer,
    );
    expect(person).toMatchObject({
      pronouns: 'she/her',
      phone: '+14155552671',
      phoneSms: true,
      country: 'US',
      preferredLanguage: 'es',
      preferredLanguages: ['es', 'en'],
      joinedOn: '2025-05-01',
      source: 'REFERRAL',
      status: 'ACTIVE',
      customFields: { shirt_size: 'M' },
      referredBy: { id: referrer.id, firstName: 'Ella' },
      assignedOrganizer: { id: organizer.user.id, name: 'Member ORGANIZER' },
      emails: [{ email: 'ada@example.org', primary: true }],
      phones: [{ phone: '+14155552671', sms: true, primary: true }],
    });

    await mutate(
      'addPersonEmail',
      'PersonEmailInput',
      { personId: person.id, email: 'ada@work.example' },
      organizer,
    );
    await mutate(
      'addPersonPhone',
      'AddPersonPhoneInput',
      { personId: person.id, phone: '+44 20 7946 0958', sms: false },
      organizer,
    );
    const swapped = await mutate(
      'makePersonEmailPrimary',
      'PersonEmailInput',
      { personId: person.id, email: 'ada@work.example' },
      organizer,
      'email emails { email primary }',
    );
    expect(swapped.data?.makePersonEmailPrimary).toEqual({
      email: 'ada@work.example',
      emails: [
        { email: 'ada@work.example', primary: true },
        { email: 'ada@example.org', primary: false },
      ],
    });
    const removed = await mutate(
      'removePersonPhone',
      'PersonPhoneInput',
      { personId: person.id, phone: '+442079460958' },
      organizer,
      'phones { phone }',
    );
    expect(removed.data?.removePersonPhone).toEqual({ phones: [{ phone: '+14155552671' }] });
    await mutate(
      'makePersonPhonePrimary',
      'PersonPhoneInput',
      { personId: person.id, phone: '+14155552671' },
      organizer,
    );
    await mutate(
      'removePersonEmail',
      'PersonEmailInput',
      { personId: person.id, email: 'ada@example.org' },
      organizer,
    );

    const updated = await mutate(
      'updatePerson',
      'UpdatePersonInput',
      { id: person.id, status: 'DO_NOT_CONTACT', customFields: { shirt_size: null } },
      organizer,
      'status customFields',
    );
    expect(updated.data?.updatePerson).toEqual({ status: 'DO_NOT_CONTACT', customFields: {} });
  });

  it('keeps the existing people fields and list working for integrators', async () => {
    const person = await createPerson({
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace@example.org',
      preferredLanguage: 'en',
      tags: ['x'],
    });
    const { people } = await client.data<{
      people: { edges: Array<{ node: { id: string; preferredLanguage: string; emails: unknown[] } }> };
    }>(
      `{ people(first: 100) { edges { node { id preferredLanguage email tags emails { email } } } } }`,
      {},
      as(readToken),
    );
    expect(people.edges.find((edge) => edge.node.id === person.id)?.node).toMatchObject({
      preferredLanguage: 'en',
      emails: [{ email: 'grace@example.org' }],
    });
  });

  it('lets anyone read custom field definitions and only ADMIN and above define them', async () => {
    const { customFields } = await client.data<{
      customFields: Array<{ key: string; type: string; options: string[] }>;
    }>(`{ customFields { key type options } }`, {}, as(viewer));
    expect(customFields).toEqual([{ key: 'shirt_size', type: 'SINGLE_CHOICE', options: ['S', 'M', 'L'] }]);
    const refused = await mutate(
      'createCustomField',
      'CreateCustomFieldInput',
      { key: 'nope', label: 'Nope', type: 'TEXT' },
      organizer,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('shows and changes demographics only for ADMIN and above, and reports counts', async () => {
    const person = await createPerson({ firstName: 'Fannie', lastName: 'Hamer' });
    const set = await mutate(
      'setPersonDemographics',
      'SetPersonDemographicsInput',
      { personId: person.id, gender: 'WOMAN', raceEthnicity: ['BLACK'], languages: ['en'] },
      admin,
      'gender raceEthnicity languages',
    );
    expect(set.data?.setPersonDemographics).toEqual({
      gender: 'WOMAN',
      raceEthnicity: ['BLACK'],
      languages: ['en'],
    });

    const query = `query ($id: ID!) { person(id: $id) { id demographics { gender ageRange } } }`;
    const asAdmin = await client.data<{ person: { demographics: unknown } }>(
      query,
      { id: person.id },
      as(admin),
    );
    expect(asAdmin.person.demographics).toEqual({ gender: 'WOMAN', ageRange: null });
    for (const caller of [organizer, viewer]) {
      const response = await client.request<{ person: { id: string; demographics: unknown } }>(
        query,
        { id: person.id },
        as(caller),
      );
      expect(errorCode(response)).toBe('FORBIDDEN');
      expect(response.data?.person).toEqual({ id: person.id, demographics: null });
      expect(
        errorCode(
          await mutate(
            'setPersonDemographics',
            'SetPersonDemographicsInput',
            { personId: person.id, gender: 'MAN' },
            caller,
            'gender',
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(await client.request(`{ representationReport { peopleCount } }`, {}, as(caller))),
      ).toBe('FORBIDDEN');
    }

    const { representationReport } = await client.data<{
      representationReport: {
        peopleCount: number;
        dimensions: Array<{
          dimension: string;
          answeredCount: number;
          categories: Array<{ category: string; count: number }>;
        }>;
      };
    }>(
      `{ representationReport { peopleCount dimensions { dimension answeredCount categories { category count } } } }`,
      {},
      as(owner),
    );
    const gender = representationReport.dimensions.find((dimension) => dimension.dimension === 'GENDER');
    expect(gender?.answeredCount).toBe(1);
    expect(gender?.categories).toContainEqual({ category: 'WOMAN', count: 1 });
  });

  it('adds and edits notes and pages the timeline newest first, with authors and actors', async () => {
    const person = await createPerson({ firstName: 'Bayard', lastName: 'Rustin' });
    const added = await mutate(
      'addPersonNote',
      'AddPersonNoteInput',
      { personId: person.id, body: 'Wants to host a house meeting.' },
      organizer,
      'id body author { id }',
    );
    const note = added.data?.addPersonNote as { id: string; author: { id: string } };
    expect(note.author).toEqual({ id: organizer.user.id });
    expect(
      errorCode(
        await mutate('addPersonNote', 'AddPersonNoteInput', { personId: person.id, body: 'x' }, viewer),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await mutate('updatePersonNote', 'UpdatePersonNoteInput', { id: note.id, body: 'x' }, readToken),
      ),
    ).toBe('FORBIDDEN');
    const edited = await mutate(
      'updatePersonNote',
      'UpdatePersonNoteInput',
      { id: note.id, body: 'Will host on the 12th.' },
      organizer,
      'body editedAt',
    );
    expect(edited.data?.updatePersonNote).toMatchObject({
      body: 'Will host on the 12th.',
      editedAt: expect.any(String),
    });
    await mutate('updatePerson', 'UpdatePersonInput', { id: person.id, status: 'INACTIVE' }, organizer);

    const { person: read } = await client.data<{
      person: {
        notes: { totalCount: number; edges: Array<{ node: { body: string } }> };
        timeline: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean };
          edges: Array<{
            node: { kind: string; data: Record<string, unknown>; actor: { id: string } | null };
          }>;
        };
      };
    }>(
      `query ($id: ID!) { person(id: $id) {
        notes(first: 5) { totalCount edges { node { body } } }
        timeline(first: 2) { totalCount pageInfo { hasNextPage } edges { node { kind data actor { id } } } } } }`,
      { id: person.id },
      as(viewer),
    );
    expect(read.notes).toEqual({ totalCount: 1, edges: [{ node: { body: 'Will host on the 12th.' } }] });
    expect(read.timeline.totalCount).toBe(3);
    expect(read.timeline.pageInfo.hasNextPage).toBe(true);
    expect(read.timeline.edges.map((edge) => edge.node)).toEqual([
      { kind: 'STATUS_CHANGED', data: { from: 'ACTIVE', to: 'INACTIVE' }, actor: { id: organizer.user.id } },
      {
        kind: 'NOTE',
        data: { body: 'Will host on the 12th.', editedAt: expect.any(String) },
        actor: { id: organizer.user.id },
      },
    ]);
  });
});

describe('person profile across coalitions', () => {
  it("does not let another coalition read or change A's profile records", async () => {
    const person = await createPerson({
      firstName: 'Septima',
      lastName: 'Clark',
      email: 'septima@example.org',
      customFields: { shirt_size: 'S' },
    });
    await mutate('addPersonNote', 'AddPersonNoteInput', { personId: person.id, body: 'Private to A' }, owner);
    await mutate(
      'setPersonDemographics',
      'SetPersonDemographicsInput',
      { personId: person.id, gender: 'WOMAN' },
      owner,
      'gender',
    );
    const before = await sql.query(owner.coalition.id, `SELECT * FROM membership.people WHERE id = $1`, [
      person.id,
    ]);

    const attempts: Array<[string, string, Record<string, unknown>]> = [
      ['addPersonEmail', 'PersonEmailInput', { personId: person.id, email: 'mallory@example.org' }],
      ['removePersonEmail', 'PersonEmailInput', { personId: person.id, email: 'septima@example.org' }],
      ['makePersonEmailPrimary', 'PersonEmailInput', { personId: person.id, email: 'septima@example.org' }],
      ['addPersonPhone', 'AddPersonPhoneInput', { personId: person.id, phone: '+14155552671' }],
      ['removePersonPhone', 'PersonPhoneInput', { personId: person.id, phone: '+14155552671' }],
      ['makePersonPhonePrimary', 'PersonPhoneInput', { personId: person.id, phone: '+14155552671' }],
      ['addPersonNote', 'AddPersonNoteInput', { personId: person.id, body: 'from B' }],
      ['updatePerson', 'UpdatePersonInput', { id: person.id, status: 'INACTIVE' }],
    ];
    for (const [name, type, input] of attempts) {
      expect({ name, code: errorCode(await mutate(name, type, input, other)) }).toEqual({
        name,
        code: 'NOT_FOUND',
      });
    }
    expect(
      errorCode(
        await mutate(
          'setPersonDemographics',
          'SetPersonDemographicsInput',
          { personId: person.id, gender: 'MAN' },
          other,
          'gender',
        ),
      ),
    ).toBe('NOT_FOUND');
    const { person: seen } = await client.data<{ person: unknown }>(
      `query ($id: ID!) { person(id: $id) { id } }`,
      { id: person.id },
      as(other),
    );
    expect(seen).toBeNull();
    const { customFields } = await client.data<{ customFields: unknown[] }>(
      `{ customFields(includeArchived: true) { key } }`,
      {},
      as(other),
    );
    expect(customFields).toEqual([]);
    const { representationReport } = await client.data<{ representationReport: { peopleCount: number } }>(
      `{ representationReport { peopleCount } }`,
      {},
      as(other),
    );
    expect(representationReport.peopleCount).toBe(0);
    expect(
      await sql.query(owner.coalition.id, `SELECT * FROM membership.people WHERE id = $1`, [person.id]),
    ).toEqual(before);
  });
});

describe('person profile: bad input through the gateway', () => {
  let personId: string;
  beforeAll(async () => {
    personId = (await createPerson({ firstName: 'Rosa', lastName: 'Parks' })).id;
  });

  it.each<[string, string, Record<string, unknown>, string]>([
    ['createPerson', 'CreatePersonInput', { firstName: 'A', lastName: 'B', country: 'Narnia' }, 'country'],
    [
      'createPerson',
      'CreatePersonInput',
      { firstName: 'A', lastName: 'B', customFields: { shirt_size: 'XXL' } },
      'customFields.shirt_size',
    ],
    ['updatePerson', 'UpdatePersonInput', { id: 'PERSON', joinedOn: '2025-13-01' }, 'joinedOn'],
    ['updatePerson', 'UpdatePersonInput', { id: 'PERSON', status: 'ARCHIVED' }, 'status'],
    ['updatePerson', 'UpdatePersonInput', { id: 'PERSON', phoneSms: null }, 'phoneSms'],
    ['updatePerson', 'UpdatePersonInput', { id: 'PERSON', pronouns: '<b>' }, 'pronouns'],
    ['addPersonEmail', 'PersonEmailInput', { personId: 'PERSON', email: 'not an email' }, 'email'],
    ['addPersonEmail', 'PersonEmailInput', { personId: 'nope', email: 'a@example.org' }, 'personId'],
    [
      'removePersonEmail',
      'PersonEmailInput',
      { personId: 'PERSON', email: `${'a'.repeat(250)}@example.org` },
      'email',
    ],
    [
      'makePersonEmailPrimary',
      'PersonEmailInput',
      { personId: 'PERSON', email: "x'; DROP TABLE people;--" },
      'email',
    ],
    ['addPersonPhone', 'AddPersonPhoneInput', { personId: 'PERSON', phone: '+1 123' }, 'phone'],
    ['removePersonPhone', 'PersonPhoneInput', { personId: 'PERSON', phone: 'call me' }, 'phone'],
    ['makePersonPhonePrimary', 'PersonPhoneInput', { personId: 'PERSON', phone: '1'.repeat(40) }, 'phone'],
    ['createCustomField', 'CreateCustomFieldInput', { key: 'Bad Key', label: 'x', type: 'TEXT' }, 'key'],
    [
      'createCustomField',
      'CreateCustomFieldInput',
      { key: 'choice', label: 'x', type: 'SINGLE_CHOICE' },
      'options',
    ],
    ['updateCustomField', 'UpdateCustomFieldInput', { id: 'nope', label: 'x' }, 'id'],
    [
      'setPersonDemographics',
      'SetPersonDemographicsInput',
      { personId: 'PERSON', raceEthnicity: ['PREFER_NOT_TO_SAY', 'WHITE'] },
      'raceEthnicity',
    ],
    [
      'setPersonDemographics',
      'SetPersonDemographicsInput',
      { personId: 'PERSON', languages: ['<script>'] },
      'languages.0',
    ],
    ['addPersonNote', 'AddPersonNoteInput', { personId: 'PERSON', body: ' ' }, 'body'],
    ['addPersonNote', 'AddPersonNoteInput', { personId: 'PERSON', body: 'n'.repeat(10001) }, 'body'],
    ['updatePersonNote', 'UpdatePersonNoteInput', { id: 'nope', body: 'x' }, 'id'],
  ])('%s (%s) refuses %j as BAD_USER_INPUT on %s, writing nothing', async (name, type, rawInput, field) => {
    const input = JSON.parse(
      JSON.stringify(rawInput).replace(/"PERSON"/g, JSON.stringify(personId)),
    ) as Record<string, unknown>;
    const tables = [
      'people',
      'person_emails',
      'person_phones',
      'custom_field_definitions',
      'person_demographics',
      'person_notes',
    ];
    const snapshot = () =>
      Promise.all(
        tables.map((table) =>
          sql.query(owner.coalition.id, `SELECT * FROM membership.${table} ORDER BY 1, 2`),
        ),
      );
    const before = await snapshot();
    expectBadInput(
      await mutate(name, type, input, owner, name === 'setPersonDemographics' ? 'gender' : 'id'),
      field,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a page of 101 notes or timeline entries', async () => {
    const response = await client.request(
      `query ($id: ID!) { person(id: $id) { timeline(first: 101) { totalCount } } }`,
      { id: personId },
      as(owner),
    );
    expectBadInput(response, 'first');
  });
});
