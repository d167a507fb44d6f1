import { calendarDate, PersonEntity, type PersonDetails } from './person.entity';

describe('PersonEntity.applyChanges', () => {
  const created = new Date('2026-01-01T00:00:00.000Z');
  const later = new Date('2026-02-01T00:00:00.000Z');
  const details: PersonDetails = {
    firstName: 'Ada',
    lastName: 'Lovelace',
    pronouns: null,
    email: 'ada@example.org',
    phone: null,
    phoneSms: false,
    addressLine1: null,
    addressLine2: null,
    city: null,
    region: null,
    postalCode: null,
    country: null,
    area: null,
    preferredLanguage: 'en',
    preferredLanguages: ['en', 'es'],
    joinedOn: null,
    source: 'REFERRAL',
    sourceDetail: null,
    referredByPersonId: '3f0c3a52-4a7b-4c4e-9d0e-0d6f2f8e1a11',
    status: 'ACTIVE',
    assignedOrganizerId: null,
    externalId: null,
    customFields: { shirt: 'M', skills: ['cooking'] },
    tags: ['a'],
  };
  const person = () => PersonEntity.create('tenant', 'id', details, created);

  it('applies the fields that differ and names them', () => {
    const subject = person();
    expect(
      subject.applyChanges({ firstName: 'Ada', lastName: 'King', email: null, tags: ['a', 'b'] }, later),
    ).toEqual(['lastName', 'email', 'tags']);
    expect(subject).toMatchObject({
      firstName: 'Ada',
      lastName: 'King',
      email: null,
      tags: ['a', 'b'],
      updatedAt: later,
    });
  });

  it('touches nothing when every value is the same, custom fields compared by value', () => {
    const subject = person();
    expect(
      subject.applyChanges(
        { firstName: 'Ada', tags: ['a'], customFields: { skills: ['cooking'], shirt: 'M' } },
        later,
      ),
    ).toEqual([]);
    expect(subject.updatedAt).toBe(created);
  });

  it('moves a preferred language to the front of the list, and clears the list with null', () => {
    const subject = person();
    expect(subject.applyChanges({ preferredLanguage: 'es' }, later)).toEqual([
      'preferredLanguage',
      'preferredLanguages',
    ]);
    expect(subject.preferredLanguages).toEqual(['es', 'en']);
    subject.applyChanges({ preferredLanguage: null }, later);
    expect(subject).toMatchObject({ preferredLanguage: null, preferredLanguages: [] });
  });

  it('drops the referrer when the source stops being REFERRAL', () => {
    const subject = person();
    expect(subject.applyChanges({ source: 'EVENT' }, later)).toEqual(['source', 'referredByPersonId']);
    expect(subject.referredByPersonId).toBeNull();
  });

  it('archiving sets the status too', () => {
    const subject = person();
    subject.archive(later);
    expect(subject).toMatchObject({ status: 'ARCHIVED', archivedAt: later, isArchived: true });
  });
});

describe('calendarDate', () => {
  it('keeps strings and reads dates at local midnight, as pg hands them', () => {
    expect(calendarDate('2026-03-31')).toBe('2026-03-31');
    expect(calendarDate(new Date(2026, 2, 31))).toBe('2026-03-31');
  });
});
