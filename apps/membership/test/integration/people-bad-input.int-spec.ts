import type { PersonDto, Subject } from '@groundwork/contracts';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

const SQL_INJECTION = "Robert'); DROP TABLE membership.people;--";
const HTML = '<script>alert(1)</script>';

/** [what, extra request fields, the field the error must name] */
type Case = [string, Record<string, unknown>, string];

/** Bad values any person field can receive, for create and update alike. */
const badFields: Case[] = [
  ['a 101-character first name', { firstName: 'A'.repeat(101) }, 'firstName'],
  ['a 101-character last name', { lastName: 'L'.repeat(101) }, 'lastName'],
  ['a 255-character email', { email: `${'a'.repeat(243)}@example.org` }, 'email'],
  ['51 tags', { tags: Array.from({ length: 51 }, (_, index) => `tag${index}`) }, 'tags'],
  ['a 51-character tag', { tags: ['ok', 'T'.repeat(51)] }, 'tags.1'],
  ['a number for firstName', { firstName: 42 }, 'firstName'],
  ['a string for tags', { tags: 'leader' }, 'tags'],
  ['an object for email', { email: { $ne: null } }, 'email'],
  ['a boolean for phone', { phone: true }, 'phone'],
  ['SQL in a first name', { firstName: SQL_INJECTION }, 'firstName'],
  ['SQL in an email', { email: `x@example.org'); DROP TABLE membership.people;--` }, 'email'],
  ['SQL in a phone', { phone: "'; DROP TABLE membership.people;--" }, 'phone'],
  ['HTML in a last name', { lastName: HTML }, 'lastName'],
  ['HTML in a tag', { tags: [HTML] }, 'tags.0'],
  ['HTML in a postal code', { postalCode: HTML }, 'postalCode'],
  ['a NUL character in a first name', { firstName: 'Ada\u0000' }, 'firstName'],
  ['a right-to-left override in a last name', { lastName: 'Love\u202elace' }, 'lastName'],
  ['a newline in a first name', { firstName: 'Ada\nLovelace' }, 'firstName'],
  ['a NUL character in a tag', { tags: ['a\u0000b'] }, 'tags.0'],
  ['a phone number that does not exist', { phone: '+1 123' }, 'phone'],
  ['a too-short phone number', { phone: '555' }, 'phone'],
  ['a malformed language tag', { preferredLanguage: 'en-a-b' }, 'preferredLanguage'],
  ['an empty first name', { firstName: '   ' }, 'firstName'],
];

/** Each refused request is BAD_USER_INPUT naming the field, and leaves no row and no event behind. */
describe('people: bad input', () => {
  const harness = useMembershipHarness();
  let coalition: Member;
  let existing: PersonDto;

  beforeAll(async () => {
    coalition = await signUp(harness.rpc);
    existing = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org', tags: ['leader'] },
      coalition.as,
    );
  });

  /** Everything the coalition has stored about people, plus its outbox size. */
  const snapshot = async () => ({
    people: await harness.sql.query(coalition.tenantId, `SELECT * FROM membership.people ORDER BY id`),
    outbox: await harness.sql.query(
      coalition.tenantId,
      `SELECT count(*)::int AS count FROM membership.outbox`,
    ),
  });

  async function expectRefused(subject: Subject, body: unknown, field: string): Promise<void> {
    const before = await snapshot();
    const error = await harness.rpc.error(subject, body, coalition.as);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    expect(await snapshot()).toEqual(before);
  }

  describe('membership.person.create', () => {
    const valid = { firstName: 'Grace', lastName: 'Hopper' };

    it.each<Case>([
      ['no first name', { firstName: undefined }, 'firstName'],
      ['no last name', { lastName: undefined }, 'lastName'],
      ['a null first name', { firstName: null }, 'firstName'],
      ...badFields,
    ])('refuses %s', async (_what, fields, field) => {
      await expectRefused('membership.person.create', { ...valid, ...fields }, field);
    });

    it('still accepts a valid person afterwards', async () => {
      await harness.rpc.ok('membership.person.create', valid, coalition.as);
    });
  });

  describe('membership.person.update', () => {
    it.each<Case>([
      ['no id', { id: undefined }, 'id'],
      ['an id that is not a UUID', { id: "1' OR '1'='1" }, 'id'],
      ['a null first name', { firstName: null }, 'firstName'],
      ['null tags', { tags: null }, 'tags'],
      ...badFields,
    ])('refuses %s', async (_what, fields, field) => {
      await expectRefused('membership.person.update', { id: existing.id, ...fields }, field);
    });
  });

  describe('membership.person.list', () => {
    it.each<Case>([
      ['a page of 101', { first: 101 }, 'first'],
      ['a page of 0', { first: 0 }, 'first'],
      ['a string page size', { first: '10' }, 'first'],
      ['a cursor that is not one of ours', { after: 'not-a-cursor' }, 'after'],
      [
        'a forged cursor',
        { after: Buffer.from(JSON.stringify(["'; DROP", 1])).toString('base64url') },
        'after',
      ],
      ['a NUL character in the search', { search: 'a\u0000' }, 'search'],
      ['a 101-character search', { search: 's'.repeat(101) }, 'search'],
    ])('refuses %s', async (_what, fields, field) => {
      await expectRefused('membership.person.list', fields, field);
    });
  });
});
