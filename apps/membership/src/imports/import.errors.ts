import { ErrorCode, type ErrorDetails, type ImportStatus } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const ImportErrorCode = {
  IMPORT_NOT_FOUND: 'IMPORT_NOT_FOUND',
  IMPORT_WRONG_STATUS: 'IMPORT_WRONG_STATUS',
  IMPORT_UNDO_EXPIRED: 'IMPORT_UNDO_EXPIRED',
  IMPORT_ROWS_GONE: 'IMPORT_ROWS_GONE',
  DUPLICATE_COLUMNS: 'DUPLICATE_COLUMNS',
  IMPORT_TOO_MANY_ROWS: 'IMPORT_TOO_MANY_ROWS',
  UNKNOWN_COLUMN: 'UNKNOWN_COLUMN',
  UNKNOWN_FIELD: 'UNKNOWN_FIELD',
  FIELD_MAPPED_TWICE: 'FIELD_MAPPED_TWICE',
  COLUMN_MAPPED_TWICE: 'COLUMN_MAPPED_TWICE',
  MATCH_FIELD_UNAVAILABLE: 'MATCH_FIELD_UNAVAILABLE',
  MATCH_FIELD_NOT_MAPPED: 'MATCH_FIELD_NOT_MAPPED',
} as const;
export type ImportErrorCode = (typeof ImportErrorCode)[keyof typeof ImportErrorCode];

export class ImportException extends DomainError {
  constructor(reason: ImportErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: ImportErrorCode): ErrorCode {
  switch (reason) {
    case ImportErrorCode.IMPORT_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case ImportErrorCode.IMPORT_WRONG_STATUS:
    case ImportErrorCode.IMPORT_UNDO_EXPIRED:
    case ImportErrorCode.IMPORT_ROWS_GONE:
      return ErrorCode.CONFLICT;
    case ImportErrorCode.DUPLICATE_COLUMNS:
    case ImportErrorCode.IMPORT_TOO_MANY_ROWS:
    case ImportErrorCode.UNKNOWN_COLUMN:
    case ImportErrorCode.UNKNOWN_FIELD:
    case ImportErrorCode.FIELD_MAPPED_TWICE:
    case ImportErrorCode.COLUMN_MAPPED_TWICE:
    case ImportErrorCode.MATCH_FIELD_UNAVAILABLE:
    case ImportErrorCode.MATCH_FIELD_NOT_MAPPED:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways an import request can fail, each with its code and, for input, the field at fault. */
export const ImportErrors = {
  notFound: (id: string) =>
    new ImportException(ImportErrorCode.IMPORT_NOT_FOUND, `import ${id} was not found`),
  wrongStatus: (id: string, status: ImportStatus, action: string) =>
    new ImportException(
      ImportErrorCode.IMPORT_WRONG_STATUS,
      `import ${id} is ${status} and cannot ${action}`,
    ),
  duplicateColumns: (first: number, second: number, name: string) =>
    new ImportException(
      ImportErrorCode.DUPLICATE_COLUMNS,
      ...fieldProblem('columns', `columns ${first + 1} and ${second + 1} are both named "${name}"`),
    ),
  tooManyRows: (limit: number) =>
    new ImportException(
      ImportErrorCode.IMPORT_TOO_MANY_ROWS,
      ...fieldProblem('rows', `a file may have at most ${limit} rows`),
    ),
  unknownColumn: (index: number, column: string) =>
    new ImportException(
      ImportErrorCode.UNKNOWN_COLUMN,
      ...fieldProblem(`mapping.${index}.column`, `"${column}" is not a column of the file`),
    ),
  unknownField: (index: number, field: string) =>
    new ImportException(
      ImportErrorCode.UNKNOWN_FIELD,
      ...fieldProblem(`mapping.${index}.field`, `"${field}" is not an import field (see importFields)`),
    ),
  fieldMappedTwice: (index: number, field: string) =>
    new ImportException(
      ImportErrorCode.FIELD_MAPPED_TWICE,
      ...fieldProblem(`mapping.${index}.field`, `${field} is mapped from more than one column`),
    ),
  columnMappedTwice: (index: number, column: string) =>
    new ImportException(
      ImportErrorCode.COLUMN_MAPPED_TWICE,
      ...fieldProblem(`mapping.${index}.column`, `"${column}" is mapped more than once`),
    ),
  matchFieldUnavailable: (matchOn: string) =>
    new ImportException(
      ImportErrorCode.MATCH_FIELD_UNAVAILABLE,
      ...fieldProblem('matchOn', `${matchOn} cannot be matched on: its field does not exist`),
    ),
  matchFieldNotMapped: (matchOn: string, field: string) =>
    new ImportException(
      ImportErrorCode.MATCH_FIELD_NOT_MAPPED,
      ...fieldProblem('matchOn', `${matchOn} needs a column mapped to ${field}`),
    ),
  rowsGone: (id: string) =>
    new ImportException(
      ImportErrorCode.IMPORT_ROWS_GONE,
      `the rows of import ${id} are no longer stored (the file was refused, or the database lost them); upload the file again`,
    ),
  undoExpired: (id: string) =>
    new ImportException(
      ImportErrorCode.IMPORT_UNDO_EXPIRED,
      `import ${id} finished more than 24 hours ago and can no longer be undone`,
    ),
};
