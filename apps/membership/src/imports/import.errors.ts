import type { ImportStatus } from '@groundwork/contracts';
import { DomainError } from '@groundwork/service-kit';

/** The ways an import request can fail, each with its code and, for input, the field at fault. */
export const ImportErrors = {
  notFound: (id: string) => DomainError.notFound('import', id),
  wrongStatus: (id: string, status: ImportStatus, action: string) =>
    DomainError.conflict(`import ${id} is ${status} and cannot ${action}`),
  duplicateColumns: (first: number, second: number, name: string) =>
    DomainError.badInput('columns', `columns ${first + 1} and ${second + 1} are both named "${name}"`),
  tooManyRows: (limit: number) => DomainError.badInput('rows', `a file may have at most ${limit} rows`),
  unknownColumn: (index: number, column: string) =>
    DomainError.badInput(`mapping.${index}.column`, `"${column}" is not a column of the file`),
  unknownField: (index: number, field: string) =>
    DomainError.badInput(`mapping.${index}.field`, `"${field}" is not an import field (see importFields)`),
  fieldMappedTwice: (index: number, field: string) =>
    DomainError.badInput(`mapping.${index}.field`, `${field} is mapped from more than one column`),
  columnMappedTwice: (index: number, column: string) =>
    DomainError.badInput(`mapping.${index}.column`, `"${column}" is mapped more than once`),
  matchFieldUnavailable: (matchOn: string) =>
    DomainError.badInput('matchOn', `${matchOn} cannot be matched on: its field does not exist`),
  matchFieldNotMapped: (matchOn: string, field: string) =>
    DomainError.badInput('matchOn', `${matchOn} needs a column mapped to ${field}`),
  undoExpired: (id: string) => DomainError.conflict(`import ${id} finished more than 24 hours ago and can no longer be undone`),
};
