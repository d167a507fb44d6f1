import type { PersonEntity } from './person.entity';
import type { ContactKind } from './person-contacts.repository';

/** At most this many emails, and as many phones, beyond the primary ones. */
export const MAX_EXTRA_CONTACTS = 20;

/** The person's primary email or phone (with its SMS flag). */
export function primaryOf(person: PersonEntity, kind: ContactKind): { value: string | null; sms: boolean } {
  return kind === 'email'
    ? { value: person.email, sms: false }
    : { value: person.phone, sms: person.phoneSms };
}

/** Sets the primary email or phone; returns the person fields that changed. */
export function setPrimary(
  person: PersonEntity,
  kind: ContactKind,
  value: string | null,
  sms: boolean,
  now: Date,
) {
  return kind === 'email'
    ? person.applyChanges({ email: value }, now)
    : person.applyChanges({ phone: value, phoneSms: value === null ? false : sms }, now);
}

/** The name `person.updated` uses for the list of further emails or phones. */
export const extrasField = (kind: ContactKind) => (kind === 'email' ? 'emails' : 'phones');
