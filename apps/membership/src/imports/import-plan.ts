import type { ImportColumnMapping, ImportMatchOn, ImportOnMatch } from '@groundwork/contracts';
import type { AvailableImportField, ImportFieldCatalog } from './import-field-catalog';
import type { ResolvedMapping } from './import-row.validator';
import { ImportErrors } from './import.errors';

/** What the SQL of an import needs to know, derived from a started job and the field catalogue. */
export interface ImportPlan {
  /** The people columns the mapping fills, each once, in catalogue order. */
  columns: string[];
  /** The column `matchOn` compares; rows without a value in it are always created. */
  matchColumn: string;
  /** Email and phone match living people only; an external id is unique among all of them. */
  matchLivingOnly: boolean;
  onMatch: ImportOnMatch;
  tags: string[];
  /** People columns kept in step with one the import fills. */
  hasPreferredLanguages: boolean;
  hasSource: boolean;
}

const MATCH_COLUMNS: Record<ImportMatchOn, string> = {
  EMAIL: 'email',
  PHONE: 'phone',
  EXTERNAL_ID: 'external_id',
};

export function resolveMapping(
  columns: string[],
  mapping: ImportColumnMapping[],
  catalog: ImportFieldCatalog,
): ResolvedMapping {
  const cells: ResolvedMapping['cells'] = [];
  for (const { column, field } of mapping) {
    const index = columns.indexOf(column);
    const available = catalog.get(field);
    if (index >= 0 && available) cells.push({ index, field: available });
  }
  return { cells };
}

export function planImport(
  job: {
    mapping: ImportColumnMapping[] | null;
    matchOn: ImportMatchOn | null;
    onMatch: ImportOnMatch | null;
    tags: string[];
  },
  catalog: ImportFieldCatalog,
  peopleColumns: Set<string>,
): ImportPlan {
  const mapped = new Set((job.mapping ?? []).map((entry) => entry.field));
  const fields: AvailableImportField[] = catalog.fields.filter((field) => mapped.has(field.key));
  const matchOn = job.matchOn ?? 'EMAIL';
  return {
    columns: fields.map((field) => field.column),
    matchColumn: MATCH_COLUMNS[matchOn],
    matchLivingOnly: matchOn !== 'EXTERNAL_ID',
    onMatch: job.onMatch ?? 'SKIP',
    tags: job.tags,
    hasPreferredLanguages: peopleColumns.has('preferred_languages'),
    hasSource: peopleColumns.has('source'),
  };
}

/**
 * Refuses options an import cannot run with: a bad mapping (see {@link checkMapping}), or a match key
 * that this build lacks or that no column is mapped to.
 */
export function checkOptions(
  columns: string[],
  options: { mapping: ImportColumnMapping[]; matchOn: ImportMatchOn },
  catalog: ImportFieldCatalog,
): void {
  const matchField = catalog.matchField(options.matchOn);
  if (!matchField) throw ImportErrors.matchFieldUnavailable(options.matchOn);
  checkMapping(columns, options.mapping, catalog);
  if (!options.mapping.some((entry) => entry.field === matchField.key)) {
    throw ImportErrors.matchFieldNotMapped(options.matchOn, matchField.key);
  }
}

/** Whether a job's last check was made with these options, so its staged values still hold. */
export function checkedWith(
  job: {
    checkSummary: { mapping: ImportColumnMapping[]; matchOn: ImportMatchOn; onMatch: ImportOnMatch } | null;
  },
  options: { mapping: ImportColumnMapping[]; matchOn: ImportMatchOn; onMatch: ImportOnMatch },
): boolean {
  const check = job.checkSummary;
  return (
    check !== null &&
    check.matchOn === options.matchOn &&
    check.onMatch === options.onMatch &&
    JSON.stringify(check.mapping.map(({ column, field }) => [column, field])) ===
      JSON.stringify(options.mapping.map(({ column, field }) => [column, field]))
  );
}

/**
 * Refuses a mapping that names a column the file lacks, a field the catalogue lacks, or one column
 * or field twice (tags excepted: several tag columns add up).
 */
export function checkMapping(
  columns: string[],
  mapping: ImportColumnMapping[],
  catalog: ImportFieldCatalog,
): void {
  const columnsSeen = new Set<string>();
  const fieldsSeen = new Set<string>();
  mapping.forEach(({ column, field }, index) => {
    if (!columns.includes(column)) throw ImportErrors.unknownColumn(index, column);
    if (!catalog.get(field)) throw ImportErrors.unknownField(index, field);
    if (columnsSeen.has(column)) throw ImportErrors.columnMappedTwice(index, column);
    if (fieldsSeen.has(field) && field !== 'tags') throw ImportErrors.fieldMappedTwice(index, field);
    columnsSeen.add(column);
    fieldsSeen.add(field);
  });
}
