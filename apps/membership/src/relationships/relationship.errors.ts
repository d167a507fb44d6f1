import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable } from '@groundwork/service-kit';

export const RelationshipErrorCode = {
  RELATIONSHIP_NOT_FOUND: 'RELATIONSHIP_NOT_FOUND',
  RELATIONSHIP_DUPLICATE: 'RELATIONSHIP_DUPLICATE',
} as const;
export type RelationshipErrorCode = (typeof RelationshipErrorCode)[keyof typeof RelationshipErrorCode];

export class RelationshipException extends DomainError {
  constructor(reason: RelationshipErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: RelationshipErrorCode): ErrorCode {
  switch (reason) {
    case RelationshipErrorCode.RELATIONSHIP_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case RelationshipErrorCode.RELATIONSHIP_DUPLICATE:
      return ErrorCode.CONFLICT;
    default:
      return assertUnreachable(reason);
  }
}

export const RelationshipErrors = {
  notFound: (id: string) =>
    new RelationshipException(
      RelationshipErrorCode.RELATIONSHIP_NOT_FOUND,
      `relationship ${id} was not found`,
    ),
  duplicate: () =>
    new RelationshipException(
      RelationshipErrorCode.RELATIONSHIP_DUPLICATE,
      'these two people already have a relationship of this type',
      { field: 'type' },
    ),
};
