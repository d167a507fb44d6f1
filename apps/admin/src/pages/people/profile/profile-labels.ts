import type { PersonSource, PersonStatus } from '../../../gql/graphql';

export const STATUS_LABELS: Record<PersonStatus, string> = {
  ACTIVE: 'Active',
  INACTIVE: 'Inactive',
  ARCHIVED: 'Archived',
  DO_NOT_CONTACT: 'Do not contact',
};

export const STATUS_COLORS: Record<PersonStatus, string> = {
  ACTIVE: 'green',
  INACTIVE: 'gray',
  ARCHIVED: 'dark',
  DO_NOT_CONTACT: 'red',
};

export const SOURCE_LABELS: Record<PersonSource, string> = {
  EVENT: 'Event',
  PETITION: 'Petition',
  IMPORT: 'Import',
  ONE_ON_ONE: 'One-on-one',
  REFERRAL: 'Referral',
  OTHER: 'Other',
};

/** `SOME_VALUE` → `Some value`, for enum answers without a label of their own. */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
