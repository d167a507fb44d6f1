import type {
  PersonProfileFieldsFragment,
  PersonSource,
  PersonStatus,
  UpdatePersonInput,
} from '../../../gql/graphql';

export interface ProfileFormValues {
  firstName: string;
  lastName: string;
  pronouns: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  area: string;
  preferredLanguages: string[];
  joinedOn: string;
  source: PersonSource | '';
  sourceDetail: string;
  status: PersonStatus;
  assignedOrganizerId: string;
  externalId: string;
}

const TEXT_FIELDS = [
  'pronouns',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'country',
  'area',
  'joinedOn',
  'sourceDetail',
  'assignedOrganizerId',
  'externalId',
] as const;

export function profileFormValuesFrom(person: PersonProfileFieldsFragment): ProfileFormValues {
  const values = Object.fromEntries(TEXT_FIELDS.map((field) => [field, person[field] ?? '']));
  return {
    ...(values as Pick<ProfileFormValues, (typeof TEXT_FIELDS)[number]>),
    firstName: person.firstName,
    lastName: person.lastName,
    preferredLanguages: person.preferredLanguages,
    source: person.source ?? '',
    status: person.status,
  };
}

/** Only what changed, so saving never overwrites a field someone else changed meanwhile. */
export function profileChanges(
  values: ProfileFormValues,
  person: PersonProfileFieldsFragment,
): UpdatePersonInput {
  const before = profileFormValuesFrom(person);
  const changes: UpdatePersonInput = { id: person.id };
  // Mantine's Select answers null once cleared.
  const text = (value: string | null) => (value ?? '').trim();
  for (const field of TEXT_FIELDS) {
    if (text(values[field]) !== text(before[field])) changes[field] = text(values[field]) || null;
  }
  if (values.firstName.trim() !== before.firstName) changes.firstName = values.firstName.trim();
  if (values.lastName.trim() !== before.lastName) changes.lastName = values.lastName.trim();
  if ((values.source ?? '') !== before.source) changes.source = values.source || null;
  if (values.status !== before.status) changes.status = values.status;
  const languages = values.preferredLanguages.map((tag) => tag.trim()).filter(Boolean);
  if (languages.join('\n') !== before.preferredLanguages.join('\n')) changes.preferredLanguages = languages;
  return changes;
}
