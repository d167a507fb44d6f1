import { enumOptions } from '../../api/enum-values';
import type { ImportMatchOn, ImportOnMatch, ImportStatus } from '../../gql/graphql';

export const IMPORT_STATUS: Record<ImportStatus, { label: string; color: string }> = {
  UPLOADING: { label: 'Uploading', color: 'blue' },
  UPLOADED: { label: 'Waiting for mapping', color: 'yellow' },
  CHECKING: { label: 'Checking rows', color: 'blue' },
  VALIDATING: { label: 'Validating', color: 'blue' },
  IMPORTING: { label: 'Importing', color: 'blue' },
  COMPLETED: { label: 'Completed', color: 'green' },
  FAILED: { label: 'Failed', color: 'red' },
  UNDOING: { label: 'Undoing', color: 'orange' },
  UNDONE: { label: 'Undone', color: 'gray' },
};

/** Statuses in which the background job is working and progress moves. */
const RUNNING = new Set<ImportStatus>(['UPLOADING', 'CHECKING', 'VALIDATING', 'IMPORTING', 'UNDOING']);

export const isRunning = (status: ImportStatus) => RUNNING.has(status);

export const MATCH_ON_OPTIONS = enumOptions<ImportMatchOn>()([
  { value: 'EMAIL', label: 'Email', field: 'email' },
  { value: 'PHONE', label: 'Phone', field: 'phone' },
  { value: 'EXTERNAL_ID', label: 'External id', field: 'externalId' },
]);

export const ON_MATCH_OPTIONS = enumOptions<ImportOnMatch>()([
  {
    value: 'SKIP',
    label: 'Skip',
    description: 'Leave people already in Groundwork as they are (tags are still added).',
  },
  {
    value: 'FILL_EMPTY',
    label: 'Fill empty fields',
    description: 'Fill only the fields they have no value for.',
  },
  {
    value: 'OVERWRITE',
    label: 'Overwrite',
    description: 'Replace their fields with the file’s values where the file has one.',
  },
]);

/** What to tell a person about each reason the gateway gives for refusing a file. */
export const FILE_PROBLEM_HINTS: Record<string, string> = {
  EMPTY_FILE: 'The file is empty.',
  NOT_UTF8: 'Save the file as “CSV UTF-8” (in Excel: File › Save As › CSV UTF-8) and upload it again.',
  NOT_CSV: 'Choose a CSV file (.csv), exported from a spreadsheet or another CRM.',
  NO_DELIMITER: 'The header has no comma, semicolon, tab or pipe between column names.',
  HEADER_ONLY: 'The file has a header row but no people in it.',
  TOO_MANY_COLUMNS: 'Remove the columns you do not need and upload it again.',
  DUPLICATE_COLUMNS: 'Two columns have the same name; rename or remove one.',
  LINE_TOO_LONG: 'One line is far too long; the file may be damaged or not a CSV.',
  MALFORMED_CSV: 'A quote is probably not closed; check the line named above.',
  TOO_MANY_ROWS: 'Split the file into smaller files and import each.',
  FILE_TOO_LARGE: 'Split the file into smaller files and import each.',
  UPLOAD_INTERRUPTED: 'The connection broke during the upload; try again.',
};

const REASON_LABELS: Record<string, string> = {
  MALFORMED_ROW: 'Row cannot be read',
  MISSING_NAME: 'No first or last name',
  EMAIL_TAKEN: 'Email belongs to someone else',
  EXTERNAL_ID_TAKEN: 'External id belongs to someone else',
  EMAIL_REPEATED: 'Email of another person in the file',
  EXTERNAL_ID_REPEATED: 'External id of another person in the file',
};

/** A rejected-row reason code in words: `INVALID_POSTAL_CODE` reads “Postal code not valid”. */
export function reasonLabel(reason: string): string {
  const known = REASON_LABELS[reason];
  if (known) return known;
  const invalid = /^INVALID_(.+)$/.exec(reason);
  if (!invalid?.[1]) return reason;
  const field = invalid[1].toLowerCase().replace(/_/g, ' ');
  return `${field.charAt(0).toUpperCase()}${field.slice(1)} not valid`;
}
