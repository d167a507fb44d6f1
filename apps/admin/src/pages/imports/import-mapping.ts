import type { ImportColumnMappingInput, ImportFieldOptionFragment, ImportMatchOn } from '../../gql/graphql';
import { MATCH_ON_OPTIONS } from './import-status';

/** Each column of the file and the field it fills; '' leaves the column out. */
export type ColumnMapping = Record<string, string>;

/** Several tag columns add up; every other field comes from one column at most. */
const MULTI_COLUMN_FIELDS = new Set(['tags']);

export function initialMapping(suggested: Array<{ column: string; field?: string | null }>): ColumnMapping {
  return Object.fromEntries(suggested.map(({ column, field }) => [column, field ?? '']));
}

export function mappingInput(columns: string[], mapping: ColumnMapping): ImportColumnMappingInput[] {
  return columns.flatMap((column) => (mapping[column] ? [{ column, field: mapping[column] }] : []));
}

export interface MappingCheck {
  /** Columns whose field another column already fills, with the message to show. */
  columnErrors: Record<string, string>;
  /** Fields new people need that no column fills. */
  missingRequired: ImportFieldOptionFragment[];
  /** The ways rows can be matched, given the mapped fields. */
  matchOptions: ImportMatchOn[];
}

export function checkMapping(
  columns: string[],
  mapping: ColumnMapping,
  fields: ImportFieldOptionFragment[],
): MappingCheck {
  const firstColumnOf = new Map<string, string>();
  const columnErrors: Record<string, string> = {};
  const labels = new Map(fields.map((field) => [field.key, field.label]));
  for (const column of columns) {
    const field = mapping[column];
    if (!field) continue;
    const first = firstColumnOf.get(field);
    if (first !== undefined && !MULTI_COLUMN_FIELDS.has(field)) {
      columnErrors[column] = `${labels.get(field) ?? field} already comes from “${first}”`;
    } else if (first === undefined) {
      firstColumnOf.set(field, column);
    }
  }
  return {
    columnErrors,
    missingRequired: fields.filter((field) => field.requiredToCreate && !firstColumnOf.has(field.key)),
    matchOptions: MATCH_ON_OPTIONS.filter((option) => firstColumnOf.has(option.field)).map(
      (option) => option.value,
    ),
  };
}

/**
 * Fields whose preview (computed by the server with the suggested mapping) does not show what this
 * mapping will store: a field now filled from another column, or not at all.
 */
export function fieldsChangedFromSuggestion(
  suggested: Array<{ column: string; field?: string | null }>,
  mapping: ColumnMapping,
): Set<string> {
  const columnsOf = (pairs: Array<[string, string]>) => {
    const byField = new Map<string, string[]>();
    for (const [column, field] of pairs)
      if (field) byField.set(field, [...(byField.get(field) ?? []), column]);
    return byField;
  };
  const before = columnsOf(suggested.map(({ column, field }) => [column, field ?? '']));
  const after = columnsOf(Object.entries(mapping));
  const changed = new Set<string>();
  for (const field of new Set([...before.keys(), ...after.keys()])) {
    if ((before.get(field) ?? []).join('\u0000') !== (after.get(field) ?? []).join('\u0000'))
      changed.add(field);
  }
  return changed;
}
