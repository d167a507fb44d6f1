import { planPersonMerge, type MergeablePerson } from './person-merge-plan';
import { ruleProblems } from './person-reference-rules';

const person = (overrides: Partial<MergeablePerson>): MergeablePerson => ({
  id: 'a',
  first_name: 'Ada',
  last_name: 'Lovelace',
  pronouns: null,
  email: null,
  phone: null,
  phone_sms: false,
  address_line1: null,
  address_line2: null,
  city: null,
  region: null,
  postal_code: null,
  country: null,
  area: null,
  preferred_language: null,
  preferred_languages: [],
  joined_on: null,
  source: null,
  source_detail: null,
  referred_by_person_id: null,
  status: 'ACTIVE',
  assigned_organizer_id: null,
  external_id: null,
  custom_fields: {},
  tags: [],
  created_at: new Date('2024-01-01T00:00:00Z'),
  archived_at: null,
  ...overrides,
});

const noExtras = { keptEmails: [], mergedEmails: [], keptPhones: [], mergedPhones: [] };

describe('planPersonMerge', () => {
  it('keeps the kept person’s values, fills empty ones, and takes chosen ones from the other', () => {
    const kept = person({
      id: 'k',
      email: 'k@x.org',
      city: null,
      pronouns: 'she/her',
      joined_on: '2024-03-01',
      custom_fields: { shirt: 'M' },
    });
    const merged = person({
      id: 'm',
      first_name: 'Augusta',
      email: 'm@x.org',
      city: 'London',
      postal_code: 'N1',
      pronouns: 'they/them',
      joined_on: '2023-01-01',
      custom_fields: { shirt: 'L', ward: '3' },
    });
    const plan = planPersonMerge(kept, merged, ['FIRST_NAME'], noExtras);
    expect(plan.columns).toMatchObject({
      first_name: 'Augusta',
      email: 'k@x.org',
      city: 'London',
      postal_code: 'N1',
      pronouns: 'she/her',
      joined_on: '2023-01-01',
      custom_fields: { shirt: 'M', ward: '3' },
    });
    expect(plan.fieldsFromMerged).toEqual(['FIRST_NAME']);
    expect(plan.fieldsFilled).toEqual(['ADDRESS', 'JOINED_ON']);
    expect(plan.emails).toEqual(['k@x.org', 'm@x.org']);
  });

  it('never empties a field by choosing it from a person who left it empty', () => {
    const plan = planPersonMerge(
      person({ id: 'k', email: 'k@x.org' }),
      person({ id: 'm' }),
      ['EMAIL'],
      noExtras,
    );
    expect(plan.columns.email).toBe('k@x.org');
    expect(plan.fieldsFromMerged).toEqual([]);
  });

  it('gathers every phone once, SMS when either record said so, the chosen primary first', () => {
    const plan = planPersonMerge(
      person({ id: 'k', phone: '+1', phone_sms: false }),
      person({ id: 'm', phone: '+2', phone_sms: true }),
      ['PHONE'],
      { ...noExtras, keptPhones: [{ phone: '+2', sms: false }], mergedPhones: [{ phone: '+1', sms: true }] },
    );
    expect(plan.columns).toMatchObject({ phone: '+2', phone_sms: true });
    expect(plan.phones).toEqual([
      { phone: '+2', sms: true },
      { phone: '+1', sms: true },
    ]);
  });

  it('unions tags and drops a referral to either of the two', () => {
    const plan = planPersonMerge(
      person({ id: 'k', tags: ['a', 'b'], referred_by_person_id: 'm' }),
      person({ id: 'm', tags: ['b', 'c'] }),
      [],
      noExtras,
    );
    expect(plan.tags).toEqual(['a', 'b', 'c']);
    expect(plan.columns.referred_by_person_id).toBeNull();
  });
});

describe('person reference rules', () => {
  it('names a column without a rule, a cascade the foreign key does not do, and a rule for a column that is gone', () => {
    const problems = ruleProblems(
      [
        { table: 'people_things', column: 'person_id', onDelete: 'CASCADE' },
        { table: 'notes', column: 'person_id', onDelete: 'NO ACTION' },
      ],
      {
        'notes.person_id': { merge: { kind: 'move' }, erase: { kind: 'cascade' } },
        'gone.person_id': { merge: { kind: 'move' }, erase: { kind: 'delete' } },
      },
    );
    expect(problems).toEqual([
      expect.stringContaining('membership.people_things.person_id refers to people but has no'),
      expect.stringContaining('membership.notes.person_id is erased by cascade'),
      expect.stringContaining('membership.gone.person_id, which does not exist'),
    ]);
  });
});
