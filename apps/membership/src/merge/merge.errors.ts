import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const MergeErrorCode = {
  PERSON_NOT_FOUND: 'PERSON_NOT_FOUND',
  MERGE_KEPT_ARCHIVED: 'MERGE_KEPT_ARCHIVED',
  MERGE_TOO_MANY_TAGS: 'MERGE_TOO_MANY_TAGS',
  MERGE_ARCHIVED_STATUS_CHOSEN: 'MERGE_ARCHIVED_STATUS_CHOSEN',
} as const;
export type MergeErrorCode = (typeof MergeErrorCode)[keyof typeof MergeErrorCode];

export class MergeException extends DomainError {
  constructor(reason: MergeErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: MergeErrorCode): ErrorCode {
  switch (reason) {
    case MergeErrorCode.PERSON_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case MergeErrorCode.MERGE_KEPT_ARCHIVED:
    case MergeErrorCode.MERGE_TOO_MANY_TAGS:
      return ErrorCode.CONFLICT;
    case MergeErrorCode.MERGE_ARCHIVED_STATUS_CHOSEN:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways a merge can be refused, each with its code and, for input, the field at fault. */
export const MergeErrors = {
  personNotFound: (field: 'keptPersonId' | 'mergedPersonId', id: string) =>
    new MergeException(MergeErrorCode.PERSON_NOT_FOUND, `person ${id} was not found`, { field }),
  keptArchived: () =>
    new MergeException(
      MergeErrorCode.MERGE_KEPT_ARCHIVED,
      'the person to keep is archived; unarchive them or keep the other one',
      { field: 'keptPersonId' },
    ),
  archivedStatusChosen: () =>
    new MergeException(
      MergeErrorCode.MERGE_ARCHIVED_STATUS_CHOSEN,
      ...fieldProblem('fieldsFromMerged', 'cannot take STATUS from an archived person'),
    ),
  tooManyTags: (count: number) =>
    new MergeException(
      MergeErrorCode.MERGE_TOO_MANY_TAGS,
      `together the two people have ${count} tags, more than the 50 a person may have`,
      { field: 'mergedPersonId' },
    ),
};
