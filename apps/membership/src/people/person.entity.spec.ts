import { PersonEntity } from './person.entity';

describe('PersonEntity.applyChanges', () => {
  const created = new Date('2026-01-01T00:00:00.000Z');
  const later = new Date('2026-02-01T00:00:00.000Z');
  const person = () =>
    PersonEntity.create(
      'tenant',
      'id',
      {
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@example.org',
        phone: null,
        postalCode: null,
        preferredLanguage: null,
        tags: ['a'],
      },
      created,
    );

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

  it('touches nothing when every value is the same', () => {
    const subject = person();
    expect(subject.applyChanges({ firstName: 'Ada', tags: ['a'] }, later)).toEqual([]);
    expect(subject.updatedAt).toBe(created);
  });
});
