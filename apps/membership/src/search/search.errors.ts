import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const SearchErrorCode = {
  QUERY_WITHOUT_TERMS: 'QUERY_WITHOUT_TERMS',
} as const;
export type SearchErrorCode = (typeof SearchErrorCode)[keyof typeof SearchErrorCode];

export class SearchException extends DomainError {
  constructor(reason: SearchErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: SearchErrorCode): ErrorCode {
  switch (reason) {
    case SearchErrorCode.QUERY_WITHOUT_TERMS:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

export const SearchErrors = {
  queryWithoutTerms: () =>
    new SearchException(
      SearchErrorCode.QUERY_WITHOUT_TERMS,
      ...fieldProblem('query', 'must contain a letter or a digit'),
    ),
};
