import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const TagErrorCode = {
  TAG_GROUP_NOT_FOUND: 'TAG_GROUP_NOT_FOUND',
  TAG_NOT_FOUND: 'TAG_NOT_FOUND',
  TAG_UNKNOWN_GROUP: 'TAG_UNKNOWN_GROUP',
  TAG_GROUP_NAME_TAKEN: 'TAG_GROUP_NAME_TAKEN',
  TAG_NAME_TAKEN: 'TAG_NAME_TAKEN',
} as const;
export type TagErrorCode = (typeof TagErrorCode)[keyof typeof TagErrorCode];

export class TagException extends DomainError {
  constructor(reason: TagErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: TagErrorCode): ErrorCode {
  switch (reason) {
    case TagErrorCode.TAG_GROUP_NOT_FOUND:
    case TagErrorCode.TAG_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case TagErrorCode.TAG_UNKNOWN_GROUP:
      return ErrorCode.BAD_USER_INPUT;
    case TagErrorCode.TAG_GROUP_NAME_TAKEN:
    case TagErrorCode.TAG_NAME_TAKEN:
      return ErrorCode.CONFLICT;
    default:
      return assertUnreachable(reason);
  }
}

export const TagErrors = {
  groupNotFound: (id: string) =>
    new TagException(TagErrorCode.TAG_GROUP_NOT_FOUND, `tag group ${id} was not found`),
  unknownGroup: () =>
    new TagException(
      TagErrorCode.TAG_UNKNOWN_GROUP,
      ...fieldProblem('groupId', 'is not a tag group of this coalition'),
    ),
  groupNameTaken: () =>
    new TagException(
      TagErrorCode.TAG_GROUP_NAME_TAKEN,
      'this coalition already has a tag group with this name',
      { field: 'name' },
    ),
  tagNotFound: (id: string) => new TagException(TagErrorCode.TAG_NOT_FOUND, `tag ${id} was not found`),
  tagNameTaken: () =>
    new TagException(
      TagErrorCode.TAG_NAME_TAKEN,
      'this coalition already has a tag with this name; merge the two instead',
      { field: 'name' },
    ),
};
