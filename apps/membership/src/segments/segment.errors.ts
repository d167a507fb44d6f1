import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const SegmentErrorCode = {
  SEGMENT_NOT_FOUND: 'SEGMENT_NOT_FOUND',
  SEGMENT_NAME_TAKEN: 'SEGMENT_NAME_TAKEN',
  SEGMENT_STORED_FILTER_INVALID: 'SEGMENT_STORED_FILTER_INVALID',
  INVALID_CURSOR: 'INVALID_CURSOR',
  UNKNOWN_CUSTOM_FIELD: 'UNKNOWN_CUSTOM_FIELD',
  OPERATOR_NOT_AVAILABLE: 'OPERATOR_NOT_AVAILABLE',
  INVALID_CONDITION_VALUE: 'INVALID_CONDITION_VALUE',
  NOT_AN_OPTION: 'NOT_AN_OPTION',
} as const;
export type SegmentErrorCode = (typeof SegmentErrorCode)[keyof typeof SegmentErrorCode];

export class SegmentException extends DomainError {
  constructor(reason: SegmentErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: SegmentErrorCode): ErrorCode {
  switch (reason) {
    case SegmentErrorCode.SEGMENT_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case SegmentErrorCode.SEGMENT_NAME_TAKEN:
    case SegmentErrorCode.SEGMENT_STORED_FILTER_INVALID:
      return ErrorCode.CONFLICT;
    case SegmentErrorCode.INVALID_CURSOR:
    case SegmentErrorCode.UNKNOWN_CUSTOM_FIELD:
    case SegmentErrorCode.OPERATOR_NOT_AVAILABLE:
    case SegmentErrorCode.INVALID_CONDITION_VALUE:
    case SegmentErrorCode.NOT_AN_OPTION:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

export const SegmentErrors = {
  notFound: (id: string) =>
    new SegmentException(SegmentErrorCode.SEGMENT_NOT_FOUND, `segment ${id} was not found`),
  nameTaken: () =>
    new SegmentException(
      SegmentErrorCode.SEGMENT_NAME_TAKEN,
      'this coalition already has a segment with this name',
      { field: 'name' },
    ),
  invalidCursor: () =>
    new SegmentException(SegmentErrorCode.INVALID_CURSOR, ...fieldProblem('after', 'is not a valid cursor')),
  storedFilterInvalid: (id: string) =>
    new SegmentException(
      SegmentErrorCode.SEGMENT_STORED_FILTER_INVALID,
      `segment ${id} has a filter this version cannot read; save it again`,
      { field: 'filter' },
    ),
  unknownCustomField: (path: string) =>
    new SegmentException(
      SegmentErrorCode.UNKNOWN_CUSTOM_FIELD,
      ...fieldProblem(`${path}.key`, 'is not a custom field of this coalition'),
    ),
  operatorNotAvailable: (path: string, type: string, allowed: string) =>
    new SegmentException(
      SegmentErrorCode.OPERATOR_NOT_AVAILABLE,
      ...fieldProblem(`${path}.operator`, `is not available for a ${type} field (use ${allowed})`),
    ),
  invalidConditionValue: (path: string, message: string) =>
    new SegmentException(SegmentErrorCode.INVALID_CONDITION_VALUE, ...fieldProblem(path, message)),
  notAnOption: (path: string) =>
    new SegmentException(
      SegmentErrorCode.NOT_AN_OPTION,
      ...fieldProblem(`${path}.value`, "is not one of the field's options"),
    ),
};
