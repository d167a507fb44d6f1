import { CUSTOM_COLUMN_PREFIX, type ExportColumn } from '@groundwork/contracts';
import type { SqlParameters } from '../segments/sql-parameters';

const text = (column: string) => (p: string) => `coalesce(${p}.${column}, '')`;

/**
 * The export's column catalogue: a label for the column picker and the SQL giving the cell as text
 * (lists joined with `;`, dates ISO 8601, empty for none) on the people alias.
 */
export const EXPORT_CATALOGUE: Record<ExportColumn, { label: string; sql: (p: string) => string }> = {
  id: { label: 'Id', sql: (p) => `${p}.id::text` },
  first_name: { label: 'First name', sql: text('first_name') },
  last_name: { label: 'Last name', sql: text('last_name') },
  pronouns: { label: 'Pronouns', sql: text('pronouns') },
  email: { label: 'Email', sql: text('email') },
  phone: { label: 'Phone', sql: text('phone') },
  phone_sms: { label: 'Phone takes SMS', sql: (p) => `CASE WHEN ${p}.phone_sms THEN 'yes' ELSE 'no' END` },
  address_line1: { label: 'Address line 1', sql: text('address_line1') },
  address_line2: { label: 'Address line 2', sql: text('address_line2') },
  city: { label: 'City', sql: text('city') },
  region: { label: 'Region', sql: text('region') },
  postal_code: { label: 'Postal code', sql: text('postal_code') },
  country: { label: 'Country', sql: text('country') },
  area: { label: 'Area', sql: text('area') },
  preferred_languages: {
    label: 'Preferred languages',
    sql: (p) => `array_to_string(${p}.preferred_languages, ';')`,
  },
  joined_on: { label: 'Joined on', sql: (p) => `coalesce(to_char(${p}.joined_on, 'YYYY-MM-DD'), '')` },
  source: { label: 'Source', sql: text('source') },
  status: { label: 'Status', sql: (p) => `${p}.status` },
  tags: { label: 'Tags', sql: (p) => `array_to_string(${p}.tags, ';')` },
  level: {
    label: 'Ladder level',
    sql: (p) => `coalesce((SELECT l.name FROM membership.person_levels pl
      JOIN membership.ladder_levels l ON l.tenant_id = pl.tenant_id AND l.id = pl.level_id
     WHERE pl.tenant_id = ${p}.tenant_id AND pl.person_id = ${p}.id), '')`,
  },
  assigned_organizer_id: {
    label: 'Assigned organizer (user id)',
    sql: (p) => `coalesce(${p}.assigned_organizer_id::text, '')`,
  },
  external_id: { label: 'External id', sql: text('external_id') },
  created_at: {
    label: 'Created at',
    sql: (p) => `to_char(${p}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  },
};

export function customFieldKeyOf(column: string): string | undefined {
  return column.startsWith(CUSTOM_COLUMN_PREFIX) ? column.slice(CUSTOM_COLUMN_PREFIX.length) : undefined;
}

/** A custom field's value as text: choices joined with `;`; the key is a parameter. */
export function customFieldCell(key: string, params: SqlParameters, p: string): string {
  const k = params.add(key, 'text');
  return `coalesce(CASE jsonb_typeof(${p}.custom_fields -> ${k})
      WHEN 'array' THEN (SELECT string_agg(v, ';') FROM jsonb_array_elements_text(${p}.custom_fields -> ${k}) AS v)
      ELSE ${p}.custom_fields ->> ${k} END, '')`;
}
