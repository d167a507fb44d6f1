import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const AuthErrorCode = {
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  REFRESH_TOKEN_INVALID: 'REFRESH_TOKEN_INVALID',
  LOGOUT_NEEDS_USER: 'LOGOUT_NEEDS_USER',
  ACCOUNT_EXISTS: 'ACCOUNT_EXISTS',
  SESSION_NOT_FOUND: 'SESSION_NOT_FOUND',
  SESSION_ENDED: 'SESSION_ENDED',
  PASSWORD_TOO_WEAK: 'PASSWORD_TOO_WEAK',
} as const;
export type AuthErrorCode = (typeof AuthErrorCode)[keyof typeof AuthErrorCode];

export class AuthException extends DomainError {
  constructor(reason: AuthErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: AuthErrorCode): ErrorCode {
  switch (reason) {
    case AuthErrorCode.INVALID_CREDENTIALS:
    case AuthErrorCode.REFRESH_TOKEN_INVALID:
    case AuthErrorCode.LOGOUT_NEEDS_USER:
    case AuthErrorCode.SESSION_ENDED:
      return ErrorCode.UNAUTHENTICATED;
    case AuthErrorCode.PASSWORD_TOO_WEAK:
      return ErrorCode.BAD_USER_INPUT;
    case AuthErrorCode.ACCOUNT_EXISTS:
      return ErrorCode.CONFLICT;
    case AuthErrorCode.SESSION_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways sign-up, login, refresh and logout can fail. */
export const AuthErrors = {
  invalidCredentials: () =>
    new AuthException(AuthErrorCode.INVALID_CREDENTIALS, 'invalid email, password or coalition'),
  refreshTokenInvalid: () =>
    new AuthException(AuthErrorCode.REFRESH_TOKEN_INVALID, 'refresh token is invalid, expired or revoked'),
  emailTaken: () =>
    new AuthException(
      AuthErrorCode.ACCOUNT_EXISTS,
      'an account with this email already exists: log in, then start a new coalition from your account',
      { field: 'email' },
    ),
  logoutNeedsUser: () =>
    new AuthException(AuthErrorCode.LOGOUT_NEEDS_USER, 'only a signed-in user can log out'),
  sessionNotFound: (id: string) =>
    new AuthException(AuthErrorCode.SESSION_NOT_FOUND, `session ${id} was not found`),
  sessionEnded: () =>
    new AuthException(
      AuthErrorCode.SESSION_ENDED,
      'the session has ended or the user is no longer a member; sign in again',
    ),
  passwordTooWeak: (hint: string) =>
    new AuthException(
      AuthErrorCode.PASSWORD_TOO_WEAK,
      ...fieldProblem(
        'password',
        `is too common or too easy to guess${hint}; use a longer phrase of unrelated words`,
      ),
    ),
};
