import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const ExportErrorCode = {
  EXPORT_UNKNOWN_COLUMN: 'EXPORT_UNKNOWN_COLUMN',
} as const;
export type ExportErrorCode = (typeof ExportErrorCode)[keyof typeof ExportErrorCode];

export class ExportException extends DomainError {
  constructor(reason: ExportErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: ExportErrorCode): ErrorCode {
  switch (reason) {
    case ExportErrorCode.EXPORT_UNKNOWN_COLUMN:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

export const ExportErrors = {
  unknownColumn: (index: number) =>
    new ExportException(
      ExportErrorCode.EXPORT_UNKNOWN_COLUMN,
      ...fieldProblem(`columns.${index}`, 'is not a custom field of this coalition'),
    ),
};
