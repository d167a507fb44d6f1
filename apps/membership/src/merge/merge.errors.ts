import { ErrorCode } from '@groundwork/contracts';
import { DomainError } from '@groundwork/service-kit';

/** The ways a merge can be refused, each with its code and, for input, the field at fault. */
export const MergeErrors = {
  personNotFound: (field: 'keptPersonId' | 'mergedPersonId', id: string) =>
    new DomainError(ErrorCode.NOT_FOUND, `person ${id} was not found`, { field }),
  keptArchived: () => DomainError.conflict('the person to keep is archived; unarchive them or keep the other one', 'keptPersonId'),
  archivedStatusChosen: () =>
    DomainError.badInput('fieldsFromMerged', 'cannot take STATUS from an archived person'),
  tooManyTags: (count: number) =>
    DomainError.conflict(`together the two people have ${count} tags, more than the 50 a person may have`, 'mergedPersonId'),
};
