import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const CustomFieldErrorCode = {
  CUSTOM_FIELD_NOT_FOUND: 'CUSTOM_FIELD_NOT_FOUND',
  CUSTOM_FIELD_KEY_TAKEN: 'CUSTOM_FIELD_KEY_TAKEN',
  TOO_MANY_CUSTOM_FIELDS: 'TOO_MANY_CUSTOM_FIELDS',
  CUSTOM_FIELD_OPTIONS_REQUIRED: 'CUSTOM_FIELD_OPTIONS_REQUIRED',
  CUSTOM_FIELD_OPTIONS_NOT_ALLOWED: 'CUSTOM_FIELD_OPTIONS_NOT_ALLOWED',
  CUSTOM_FIELD_BAD_VALUE: 'CUSTOM_FIELD_BAD_VALUE',
} as const;
export type CustomFieldErrorCode = (typeof CustomFieldErrorCode)[keyof typeof CustomFieldErrorCode];

export class CustomFieldException extends DomainError {
  constructor(reason: CustomFieldErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: CustomFieldErrorCode): ErrorCode {
  switch (reason) {
    case CustomFieldErrorCode.CUSTOM_FIELD_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case CustomFieldErrorCode.CUSTOM_FIELD_KEY_TAKEN:
    case CustomFieldErrorCode.TOO_MANY_CUSTOM_FIELDS:
      return ErrorCode.CONFLICT;
    case CustomFieldErrorCode.CUSTOM_FIELD_OPTIONS_REQUIRED:
    case CustomFieldErrorCode.CUSTOM_FIELD_OPTIONS_NOT_ALLOWED:
    case CustomFieldErrorCode.CUSTOM_FIELD_BAD_VALUE:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

export const CustomFieldErrors = {
  notFound: (id: string) =>
    new CustomFieldException(CustomFieldErrorCode.CUSTOM_FIELD_NOT_FOUND, `custom field ${id} was not found`),
  keyTaken: () =>
    new CustomFieldException(
      CustomFieldErrorCode.CUSTOM_FIELD_KEY_TAKEN,
      'this coalition already has a custom field with this key',
      { field: 'key' },
    ),
  optionsRequired: () =>
    new CustomFieldException(
      CustomFieldErrorCode.CUSTOM_FIELD_OPTIONS_REQUIRED,
      ...fieldProblem('options', 'must name at least one option for a choice field'),
    ),
  optionsNotAllowed: () =>
    new CustomFieldException(
      CustomFieldErrorCode.CUSTOM_FIELD_OPTIONS_NOT_ALLOWED,
      ...fieldProblem('options', 'apply only to SINGLE_CHOICE and MULTIPLE_CHOICE fields'),
    ),
  tooMany: (max: number) =>
    new CustomFieldException(
      CustomFieldErrorCode.TOO_MANY_CUSTOM_FIELDS,
      `a coalition can define at most ${max} custom fields`,
    ),
  badValue: (key: string, message: string) =>
    new CustomFieldException(
      CustomFieldErrorCode.CUSTOM_FIELD_BAD_VALUE,
      ...fieldProblem(`customFields.${key}`, message),
    ),
};
