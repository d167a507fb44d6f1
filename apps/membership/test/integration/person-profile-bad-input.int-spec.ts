import type { CustomFieldDefinitionDto, PersonDto, PersonNoteDto, Subject } from '@groundwork/contracts';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

const SQL_INJECTION = "x'); DROP TABLE membership.people;--";
const HTML = '<script>alert(1)</script>';

/** [what, request fields, the field the error must name] */
type Case = [string, Record<string, unknown>, string];

/** Every new profile mutation refuses bad input as BAD_USER_INPUT naming the field, and writes nothing. */
describe('person profile: bad input', () => {
  const harness = useMembershipHarness();
  let coalition: Member;
  let person: PersonDto;
  let field: CustomFieldDefinitionDto;
  let note: PersonNoteDto;

  beforeAll(async () => {
    coalition = await signUp(harness.rpc, 'Bad input');
    person = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' },
      coalition.as,
    );
    field = await harness.rpc.ok(
      'membership.custom-field.create',
      { key: 'size', label: 'Size', type: 'SINGLE_CHOICE', options: ['S', 'M'] },
      coalition.as,
    );
    note = await harness.rpc.ok(
      'membership.person-note.create',
      { personId: person.id, body: 'Hello' },
      coalition.as,
    );
  });

  const TABLES = [
    'people',
    'person_emails',
    'person_phones',
    'custom_field_definitions',
    'person_demographics',
    'person_notes',
    'person_status_changes',
    'outbox',
  ];
  const snapshot = async () =>
    Promise.all(
      TABLES.map((table) =>
        harness.sql.query(coalition.tenantId, `SELECT * FROM membership.${table} ORDER BY 1, 2`),
      ),
    );

  async function expectRefused(subject: Subject, body: unknown, fieldName: string): Promise<void> {
    const before = await snapshot();
    const error = await harness.rpc.error(subject, body, coalition.as);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: fieldName } });
    expect(await snapshot()).toEqual(before);
  }

  const profileCases: Case[] = [
    ['41-character pronouns', { pronouns: 'p'.repeat(41) }, 'pronouns'],
    ['HTML in pronouns', { pronouns: HTML }, 'pronouns'],
    ['a string for phoneSms', { phoneSms: 'yes' }, 'phoneSms'],
    ['a 201-character address line', { addressLine1: 'a'.repeat(201) }, 'addressLine1'],
    ['a NUL in address line 2', { addressLine2: 'a\u0000' }, 'addressLine2'],
    ['SQL in a city', { city: SQL_INJECTION.replace('<', '') + '<' }, 'city'],
    ['a three-letter country', { country: 'USA' }, 'country'],
    ['a country that does not exist', { country: 'ZZ' }, 'country'],
    ['HTML in an area', { area: HTML }, 'area'],
    ['a string for preferredLanguages', { preferredLanguages: 'en' }, 'preferredLanguages'],
    [
      '11 preferred languages',
      { preferredLanguages: Array.from({ length: 11 }, () => 'en') },
      'preferredLanguages',
    ],
    ['a malformed preferred language', { preferredLanguages: ['en', 'not a tag'] }, 'preferredLanguages.1'],
    ['an impossible joined date', { joinedOn: '2026-02-30' }, 'joinedOn'],
    ['a timestamp for joinedOn', { joinedOn: '2026-01-01T00:00:00Z' }, 'joinedOn'],
    ['an unknown source', { source: 'FLYER' }, 'source'],
    ['a 201-character source detail', { sourceDetail: 'd'.repeat(201) }, 'sourceDetail'],
    [
      'a referrer that is not a UUID',
      { source: 'REFERRAL', referredByPersonId: "1' OR 1=1" },
      'referredByPersonId',
    ],
    ['ARCHIVED as a status', { status: 'ARCHIVED' }, 'status'],
    ['an unknown status', { status: 'SLEEPING' }, 'status'],
    ['an organizer that is not a UUID', { assignedOrganizerId: 42 }, 'assignedOrganizerId'],
    ['a 101-character external id', { externalId: 'e'.repeat(101) }, 'externalId'],
    ['custom fields as a list', { customFields: ['size'] }, 'customFields'],
    ['a custom field key with capitals', { customFields: { Size: 'S' } }, 'customFields.Size'],
    [
      'a custom field value that is an object',
      { customFields: { size: { $ne: null } } },
      'customFields.size',
    ],
    ['a custom field choice not offered', { customFields: { size: 'XXL' } }, 'customFields.size'],
    ['a custom field that is not defined', { customFields: { shoe: '42' } }, 'customFields.shoe'],
  ];

  it.each(profileCases)('membership.person.create refuses %s', async (_what, fields, fieldName) => {
    await expectRefused(
      'membership.person.create',
      { firstName: 'Grace', lastName: 'Hopper', ...fields },
      fieldName,
    );
  });

  it.each(profileCases)('membership.person.update refuses %s', async (_what, fields, fieldName) => {
    await expectRefused('membership.person.update', { id: person.id, ...fields }, fieldName);
  });

  const contactSubjects = [
    ['membership.person.email.add', 'email'],
    ['membership.person.email.remove', 'email'],
    ['membership.person.email.make-primary', 'email'],
    ['membership.person.phone.add', 'phone'],
    ['membership.person.phone.remove', 'phone'],
    ['membership.person.phone.make-primary', 'phone'],
  ] as const;
  const contactCases = (kind: 'email' | 'phone'): Case[] => [
    [`no ${kind}`, {}, kind],
    [`a number for ${kind}`, { [kind]: 42 }, kind],
    [`SQL in ${kind}`, { [kind]: SQL_INJECTION }, kind],
    [
      `an oversized ${kind}`,
      { [kind]: kind === 'email' ? `${'a'.repeat(250)}@example.org` : '1'.repeat(33) },
      kind,
    ],
    [
      'no personId',
      { personId: undefined, [kind]: kind === 'email' ? 'x@example.org' : '+14155552671' },
      'personId',
    ],
    [
      'a personId that is not a UUID',
      { personId: 'abc', [kind]: kind === 'email' ? 'x@example.org' : '+14155552671' },
      'personId',
    ],
  ];
  for (const [subject, kind] of contactSubjects) {
    it.each(contactCases(kind))(`${subject} refuses %s`, async (_what, fields, fieldName) => {
      await expectRefused(subject, { personId: person.id, ...fields }, fieldName);
    });
  }

  it('membership.person.phone.add refuses a number that does not exist and a string for sms', async () => {
    await expectRefused('membership.person.phone.add', { personId: person.id, phone: '+1 123' }, 'phone');
    await expectRefused(
      'membership.person.phone.add',
      { personId: person.id, phone: '+14155552671', sms: 'yes' },
      'sms',
    );
  });

  it.each<Case>([
    ['no key', { key: undefined }, 'key'],
    ['a key with spaces', { key: 'shoe size' }, 'key'],
    ['SQL as a key', { key: SQL_INJECTION }, 'key'],
    ['a 51-character key', { key: 'k'.repeat(51) }, 'key'],
    ['HTML in the label', { label: HTML }, 'label'],
    ['an unknown type', { type: 'BOOLEAN' }, 'type'],
    ['a choice field without options', { type: 'SINGLE_CHOICE' }, 'options'],
    ['options on a text field', { type: 'TEXT', options: ['a'] }, 'options'],
    ['repeated options', { type: 'MULTIPLE_CHOICE', options: ['a', 'a'] }, 'options'],
    [
      '101 options',
      { type: 'MULTIPLE_CHOICE', options: Array.from({ length: 101 }, (_, index) => `o${index}`) },
      'options',
    ],
    ['a string for required', { required: 'yes' }, 'required'],
  ])('membership.custom-field.create refuses %s', async (_what, fields, fieldName) => {
    await expectRefused(
      'membership.custom-field.create',
      { key: 'shoe', label: 'Shoe', type: 'TEXT', ...fields },
      fieldName,
    );
  });

  it.each<Case>([
    ['an id that is not a UUID', { id: 'x' }, 'id'],
    ['an empty label', { label: ' ' }, 'label'],
    ['no options for a choice field', { options: [] }, 'options'],
    ['a string for archived', { archived: 'true' }, 'archived'],
  ])('membership.custom-field.update refuses %s', async (_what, fields, fieldName) => {
    await expectRefused('membership.custom-field.update', { id: field.id, ...fields }, fieldName);
  });

  it.each<Case>([
    ['an unknown age range', { ageRange: 'AGE_0_5' }, 'ageRange'],
    ['a list for gender', { gender: ['WOMAN'] }, 'gender'],
    [
      'PREFER_NOT_TO_SAY with another answer',
      { raceEthnicity: ['PREFER_NOT_TO_SAY', 'WHITE'] },
      'raceEthnicity',
    ],
    ['an unknown race or ethnicity', { raceEthnicity: ['MARTIAN'] }, 'raceEthnicity.0'],
    ['a boolean for disability', { disability: true }, 'disability'],
    ['an unknown housing situation', { housingSituation: 'CASTLE' }, 'housingSituation'],
    ['SQL as a migration background', { migrationBackground: SQL_INJECTION }, 'migrationBackground'],
    ['a malformed language', { languages: ['<en>'] }, 'languages.0'],
    ['21 languages', { languages: Array.from({ length: 21 }, () => 'en') }, 'languages'],
    ['no personId', { personId: undefined }, 'personId'],
  ])('membership.demographics.set refuses %s', async (_what, fields, fieldName) => {
    await expectRefused('membership.demographics.set', { personId: person.id, ...fields }, fieldName);
  });

  it.each<Case>([
    ['an empty body', { body: '  ' }, 'body'],
    ['a 10001-character body', { body: 'b'.repeat(10001) }, 'body'],
    ['HTML in the body', { body: HTML }, 'body'],
    ['a NUL in the body', { body: 'a\u0000b' }, 'body'],
    ['a number as body', { body: 7 }, 'body'],
    ['a personId that is not a UUID', { personId: 'nope' }, 'personId'],
  ])('membership.person-note.create refuses %s', async (_what, fields, fieldName) => {
    await expectRefused(
      'membership.person-note.create',
      { personId: person.id, body: 'ok', ...fields },
      fieldName,
    );
  });

  it.each<Case>([
    ['an empty body', { body: '' }, 'body'],
    ['HTML in the body', { body: HTML }, 'body'],
    ['an id that is not a UUID', { id: 'nope' }, 'id'],
  ])('membership.person-note.update refuses %s', async (_what, fields, fieldName) => {
    await expectRefused('membership.person-note.update', { id: note.id, body: 'ok', ...fields }, fieldName);
  });

  it.each<Case>([
    ['a page of 101', { first: 101 }, 'first'],
    ['a forged cursor', { after: Buffer.from('["x", 1]').toString('base64url') }, 'after'],
  ])('membership.person.timeline and person-note.list refuse %s', async (_what, fields, fieldName) => {
    await expectRefused('membership.person.timeline', { personId: person.id, ...fields }, fieldName);
    await expectRefused('membership.person-note.list', { personId: person.id, ...fields }, fieldName);
  });
});
