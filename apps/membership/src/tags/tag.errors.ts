import { DomainError } from '@groundwork/service-kit';

export const TagErrors = {
  groupNotFound: (id: string) => DomainError.notFound('tag group', id),
  unknownGroup: () => DomainError.badInput('groupId', 'is not a tag group of this coalition'),
  groupNameTaken: () => DomainError.conflict('this coalition already has a tag group with this name', 'name'),
  tagNotFound: (id: string) => DomainError.notFound('tag', id),
  tagNameTaken: () => DomainError.conflict('this coalition already has a tag with this name; merge the two instead', 'name'),
};
