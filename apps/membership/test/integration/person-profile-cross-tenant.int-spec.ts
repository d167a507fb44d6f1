import type { CustomFieldDefinitionDto, PersonDto, PersonNoteDto, Subject } from '@groundwork/contracts';
import { addMember, signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

/** Coalition B cannot read, find, count or change anything of A's person profiles. */
describe('person profile across coalitions', () => {
  const harness = useMembershipHarness();
  let a: Member;
  let b: Member;
  let ada: PersonDto;
  let field: CustomFieldDefinitionDto;
  let note: PersonNoteDto;

  beforeAll(async () => {
    a = await signUp(harness.rpc, 'A');
    b = await signUp(harness.rpc, 'B');
    field = await harness.rpc.ok(
      'membership.custom-field.create',
      { key: 'size', label: 'Size', type: 'TEXT' },
      a.as,
    );
    ada = await harness.rpc.ok(
      'membership.person.create',
      {
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@example.org',
        phone: '+14155552671',
        externalId: 'ext-1',
        customFields: { size: 'M' },
      },
      a.as,
    );
    await harness.rpc.ok(
      'membership.person.email.add',
      { personId: ada.id, email: 'ada2@example.org' },
      a.as,
    );
    await harness.rpc.ok(
      'membership.person.phone.add',
      { personId: ada.id, phone: '+442079460958', sms: true },
      a.as,
    );
    await harness.rpc.ok('membership.demographics.set', { personId: ada.id, gender: 'WOMAN' }, a.as);
    note = await harness.rpc.ok(
      'membership.person-note.create',
      { personId: ada.id, body: 'A secret of A' },
      a.as,
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
  ];
  const stateOfA = async () =>
    Promise.all(
      TABLES.map((table) => harness.sql.query(a.tenantId, `SELECT * FROM membership.${table} ORDER BY 1, 2`)),
    );

  it("answers NOT_FOUND when B changes A's person, contacts, custom fields, demographics or notes, and changes nothing", async () => {
    const before = await stateOfA();
    const attempts: Array<[Subject, Record<string, unknown>]> = [
      ['membership.person.email.add', { personId: ada.id, email: 'mallory@example.org' }],
      ['membership.person.email.remove', { personId: ada.id, email: 'ada2@example.org' }],
      ['membership.person.email.make-primary', { personId: ada.id, email: 'ada2@example.org' }],
      ['membership.person.phone.add', { personId: ada.id, phone: '+14155550000', sms: true }],
      ['membership.person.phone.remove', { personId: ada.id, phone: '+442079460958' }],
      ['membership.person.phone.make-primary', { personId: ada.id, phone: '+442079460958' }],
      ['membership.person.update', { id: ada.id, status: 'DO_NOT_CONTACT', customFields: { size: 'L' } }],
      ['membership.custom-field.update', { id: field.id, label: 'Hacked' }],
      ['membership.demographics.set', { personId: ada.id, gender: 'MAN' }],
      ['membership.person-note.create', { personId: ada.id, body: 'from B' }],
      ['membership.person-note.update', { id: note.id, body: 'from B' }],
      ['membership.person-note.list', { personId: ada.id }],
      ['membership.person.timeline', { personId: ada.id }],
    ];
    for (const [subject, body] of attempts) {
      expect({ subject, error: (await harness.rpc.error(subject, body, b.as)).code }).toEqual({
        subject,
        error: 'NOT_FOUND',
      });
    }
    expect(await stateOfA()).toEqual(before);
  });

  it("leaves A's contacts, demographics, definitions and report out of B's reads", async () => {
    expect(await harness.rpc.ok('membership.person.contacts.get-many', { ids: [ada.id] }, b.as)).toEqual([]);
    expect(await harness.rpc.ok('membership.demographics.get-many', { ids: [ada.id] }, b.as)).toEqual([]);
    expect(await harness.rpc.ok('membership.custom-field.list', { includeArchived: true }, b.as)).toEqual([]);
    const report = await harness.rpc.ok('membership.demographics.report', {}, b.as);
    expect(report.peopleCount).toBe(0);
    expect(report.dimensions.every((dimension) => dimension.answeredCount === 0)).toBe(true);
  });

  it("refuses A's people and users as B's referrer or organizer, and lets B reuse A's external id and custom field key", async () => {
    const mine = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Bea', lastName: 'B', externalId: 'ext-1' },
      b.as,
    );
    const organizerOfA = await addMember(harness.rpc, harness.sql, a, 'ORGANIZER');
    expect(
      await harness.rpc.error(
        'membership.person.update',
        { id: mine.id, source: 'REFERRAL', referredByPersonId: ada.id },
        b.as,
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'referredByPersonId' },
    });
    expect(
      await harness.rpc.error(
        'membership.person.update',
        { id: mine.id, assignedOrganizerId: organizerOfA.userId },
        b.as,
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'assignedOrganizerId' },
    });
    await harness.rpc.ok(
      'membership.custom-field.create',
      { key: 'size', label: 'Size', type: 'NUMBER' },
      b.as,
    );
  });
});
