import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const ThemeErrorCode = {
  THEME_NOT_FOUND: 'THEME_NOT_FOUND',
  THEME_NAME_TAKEN: 'THEME_NAME_TAKEN',
  THEME_UNDER_ITSELF: 'THEME_UNDER_ITSELF',
  CONCERN_NOT_CODED_TO_THEME: 'CONCERN_NOT_CODED_TO_THEME',
} as const;
export type ThemeErrorCode = (typeof ThemeErrorCode)[keyof typeof ThemeErrorCode];

export class ThemeException extends DomainError {
  constructor(reason: ThemeErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: ThemeErrorCode): ErrorCode {
  switch (reason) {
    case ThemeErrorCode.THEME_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case ThemeErrorCode.THEME_NAME_TAKEN:
      return ErrorCode.CONFLICT;
    case ThemeErrorCode.THEME_UNDER_ITSELF:
    case ThemeErrorCode.CONCERN_NOT_CODED_TO_THEME:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways a theme request can fail, each naming the field at fault. */
export const ThemeErrors = {
  notFound: (id: string, field = 'id') =>
    new ThemeException(ThemeErrorCode.THEME_NOT_FOUND, `theme ${id} was not found`, { field }),
  nameTaken: (name: string, field = 'name') =>
    new ThemeException(ThemeErrorCode.THEME_NAME_TAKEN, `a theme named "${name}" exists already`, { field }),
  underItself: () =>
    new ThemeException(
      ThemeErrorCode.THEME_UNDER_ITSELF,
      ...fieldProblem('parentId', 'must not be the theme itself or one of its sub-themes'),
    ),
  concernNotCoded: (field: string) =>
    new ThemeException(
      ThemeErrorCode.CONCERN_NOT_CODED_TO_THEME,
      ...fieldProblem(field, 'is not a concern coded to this theme'),
    ),
};
