import type { CreatePersonInput, PersonFieldsFragment, UpdatePersonInput } from '../../gql/graphql';

export interface PersonFormValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  postalCode: string;
  preferredLanguage: string;
  tags: string[];
}

/** The fields this quick form edits; the profile page edits the rest. */
type QuickFormField = 'firstName' | 'lastName' | 'email' | 'phone' | 'postalCode' | 'preferredLanguage';
type PersonFields = Required<Pick<CreatePersonInput, QuickFormField>> & { tags: string[] };

export const EMPTY_PERSON_FORM_VALUES: PersonFormValues = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  postalCode: '',
  preferredLanguage: '',
  tags: [],
};

export function personFormValuesFrom(person: PersonFieldsFragment): PersonFormValues {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email ?? '',
    phone: person.phone ?? '',
    postalCode: person.postalCode ?? '',
    preferredLanguage: person.preferredLanguage ?? '',
    tags: person.tags,
  };
}

/** Trimmed values; an empty optional field becomes null (unset). */
export function personFieldsFrom(values: PersonFormValues): PersonFields {
  const optional = (value: string) => value.trim() || null;
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: optional(values.email),
    phone: optional(values.phone),
    postalCode: optional(values.postalCode),
    preferredLanguage: optional(values.preferredLanguage),
    tags: values.tags.map((tag) => tag.trim()).filter(Boolean),
  };
}

/** Only what changed, so an edit never overwrites a field the person did not touch. */
export function personChanges(values: PersonFormValues, person: PersonFieldsFragment): UpdatePersonInput {
  const next = personFieldsFrom(values);
  const before = personFieldsFrom(personFormValuesFrom(person));
  const changes: UpdatePersonInput = { id: person.id };
  if (next.firstName !== before.firstName) changes.firstName = next.firstName;
  if (next.lastName !== before.lastName) changes.lastName = next.lastName;
  if (next.email !== before.email) changes.email = next.email;
  if (next.phone !== before.phone) changes.phone = next.phone;
  if (next.postalCode !== before.postalCode) changes.postalCode = next.postalCode;
  if (next.preferredLanguage !== before.preferredLanguage) changes.preferredLanguage = next.preferredLanguage;
  if (next.tags.join('\n') !== before.tags.join('\n')) changes.tags = next.tags;
  return changes;
}
