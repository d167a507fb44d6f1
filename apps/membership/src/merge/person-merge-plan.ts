import type { MergeField } from '@groundwork/contracts';

/** The people columns a merge decides, as read from the database. */
export interface MergeablePerson {
  id: string;
  first_name: string;
  last_name: string;
  pronouns: string | null;
  email: string | null;
  phone: string | null;
  phone_sms: boolean;
  address_line1: string | null;
  address_line2: string | null;
  city: string | null;
  region: string | null;
  postal_code: string | null;
  country: string | null;
  area: string | null;
  preferred_language: string | null;
  preferred_languages: string[];
  joined_on: string | null;
  source: string | null;
  source_detail: string | null;
  referred_by_person_id: string | null;
  status: string;
  assigned_organizer_id: string | null;
  external_id: string | null;
  custom_fields: Record<string, unknown>;
  tags: string[];
  created_at: Date;
  archived_at: Date | null;
}

type Column = keyof MergeablePerson;

/** The columns each choosable field moves together. */
export const MERGE_FIELD_COLUMNS: Record<MergeField, Column[]> = {
  FIRST_NAME: ['first_name'],
  LAST_NAME: ['last_name'],
  PRONOUNS: ['pronouns'],
  EMAIL: ['email'],
  PHONE: ['phone', 'phone_sms'],
  ADDRESS: ['address_line1', 'address_line2', 'city', 'region', 'postal_code', 'country'],
  AREA: ['area'],
  PREFERRED_LANGUAGES: ['preferred_languages', 'preferred_language'],
  JOINED_ON: ['joined_on'],
  SOURCE: ['source', 'source_detail', 'referred_by_person_id'],
  STATUS: ['status'],
  ASSIGNED_ORGANIZER: ['assigned_organizer_id'],
  EXTERNAL_ID: ['external_id'],
};

/** The people columns a merge writes on the kept person. */
export type MergedColumns = Omit<MergeablePerson, 'id' | 'created_at' | 'archived_at'>;

export interface PersonMergePlan {
  /** The kept person's columns after the merge. */
  columns: MergedColumns;
  /** The chosen fields that were taken from the merged person (those it had a value for). */
  fieldsFromMerged: MergeField[];
  /** Fields that were empty on the kept person and were filled from the other. */
  fieldsFilled: string[];
  /** Every email of both, the new primary first, each once. */
  emails: string[];
  /** Every phone of both, the new primary first, each once; SMS if either record said so. */
  phones: Array<{ phone: string; sms: boolean }>;
  tags: string[];
}

/** `false` counts as empty so that a phone's SMS flag alone never makes a phone look given. */
const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0);

/**
 * Decides the kept person's fields: the kept person's values, except fields chosen from the merged
 * person, and empty ones filled from the merged person. The earlier joined date wins (the person
 * joined when their first record did). Custom fields: the kept person's values, missing keys filled.
 * Tags: the union. Emails and phones: all of both; the former primaries of the merged-away person
 * become extras. A referral to either of the two is dropped (no one refers themselves).
 */
export function planPersonMerge(
  kept: MergeablePerson,
  merged: MergeablePerson,
  chosen: MergeField[],
  extras: { keptEmails: string[]; mergedEmails: string[]; keptPhones: Phone[]; mergedPhones: Phone[] },
): PersonMergePlan {
  const { id: _keptId, created_at: _created, archived_at: _archived, ...start } = kept;
  const columns: MergedColumns = { ...start };
  const fieldsFilled: string[] = [];
  const assign = (field: MergeField) => {
    for (const column of MERGE_FIELD_COLUMNS[field]) Object.assign(columns, { [column]: merged[column] });
  };
  const fieldsFromMerged: MergeField[] = [];
  for (const field of Object.keys(MERGE_FIELD_COLUMNS) as MergeField[]) {
    const given = (person: MergeablePerson) =>
      MERGE_FIELD_COLUMNS[field].some((column) => !isEmpty(person[column]));
    // Choosing a field the merged person left empty keeps the kept person's value: a merge never empties a field.
    if (chosen.includes(field) && given(merged)) {
      assign(field);
      fieldsFromMerged.push(field);
    } else if (field !== 'STATUS' && !given(kept) && given(merged)) {
      assign(field);
      fieldsFilled.push(field);
    }
  }
  if (
    !chosen.includes('JOINED_ON') &&
    kept.joined_on &&
    merged.joined_on &&
    merged.joined_on < kept.joined_on
  ) {
    columns.joined_on = merged.joined_on;
    fieldsFilled.push('JOINED_ON');
  }
  if (columns.referred_by_person_id === kept.id || columns.referred_by_person_id === merged.id) {
    columns.referred_by_person_id = null;
  }
  columns.custom_fields = { ...merged.custom_fields, ...kept.custom_fields };
  const tags = [...new Set([...kept.tags, ...merged.tags])];
  columns.tags = tags;

  const emails = unique([
    columns.email,
    kept.email,
    ...extras.keptEmails,
    merged.email,
    ...extras.mergedEmails,
  ]);
  const sms = new Map<string, boolean>();
  const notePhone = (phone: string | null, takesSms: boolean) => {
    if (phone) sms.set(phone, (sms.get(phone) ?? false) || takesSms);
  };
  notePhone(columns.phone, columns.phone_sms);
  notePhone(kept.phone, kept.phone_sms);
  for (const phone of extras.keptPhones) notePhone(phone.phone, phone.sms);
  notePhone(merged.phone, merged.phone_sms);
  for (const phone of extras.mergedPhones) notePhone(phone.phone, phone.sms);
  const phones = [...sms].map(([phone, takesSms]) => ({ phone, sms: takesSms }));
  if (columns.phone) columns.phone_sms = sms.get(columns.phone) ?? false;
  return { columns, fieldsFromMerged, fieldsFilled, emails, phones, tags };
}

export interface Phone {
  phone: string;
  sms: boolean;
}

function unique(values: Array<string | null>): string[] {
  return [...new Set(values.filter((value): value is string => value !== null))];
}
