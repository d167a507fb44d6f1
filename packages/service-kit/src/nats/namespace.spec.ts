import { Namespace } from './namespace';

describe('Namespace', () => {
  it('prefixes subjects and stream names only when a namespace is set', () => {
    expect(new Namespace('').subject('membership.person.create')).toBe('membership.person.create');
    expect(new Namespace('t1').subject('membership.person.create')).toBe('t1.membership.person.create');
    expect(new Namespace('run-7').stream('MEMBERSHIP_EVENTS')).toBe('RUN_7_MEMBERSHIP_EVENTS');
  });
});
