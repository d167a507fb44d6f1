import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable } from '@groundwork/service-kit';

export const ApiTokenErrorCode = {
  API_TOKEN_NOT_FOUND: 'API_TOKEN_NOT_FOUND',
  API_TOKEN_INVALID: 'API_TOKEN_INVALID',
  API_TOKEN_REVOKED: 'API_TOKEN_REVOKED',
} as const;
export type ApiTokenErrorCode = (typeof ApiTokenErrorCode)[keyof typeof ApiTokenErrorCode];

export class ApiTokenException extends DomainError {
  constructor(reason: ApiTokenErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: ApiTokenErrorCode): ErrorCode {
  switch (reason) {
    case ApiTokenErrorCode.API_TOKEN_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case ApiTokenErrorCode.API_TOKEN_INVALID:
      return ErrorCode.UNAUTHENTICATED;
    case ApiTokenErrorCode.API_TOKEN_REVOKED:
      return ErrorCode.FORBIDDEN;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways an API token request can fail. */
export const ApiTokenErrors = {
  notFound: (id: string) =>
    new ApiTokenException(ApiTokenErrorCode.API_TOKEN_NOT_FOUND, `API token ${id} was not found`),
  invalid: () => new ApiTokenException(ApiTokenErrorCode.API_TOKEN_INVALID, 'invalid API token'),
  revoked: () =>
    new ApiTokenException(
      ApiTokenErrorCode.API_TOKEN_REVOKED,
      'the acting API token is not valid in this coalition',
    ),
};
