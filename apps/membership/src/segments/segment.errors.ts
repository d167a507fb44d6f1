import { DomainError } from '@groundwork/service-kit';

export const SegmentErrors = {
  notFound: (id: string) => DomainError.notFound('segment', id),
  nameTaken: () => DomainError.conflict('this coalition already has a segment with this name', 'name'),
  invalidCursor: () => DomainError.badInput('after', 'is not a valid cursor'),
  storedFilterInvalid: (id: string) => DomainError.conflict(`segment ${id} has a filter this version cannot read; save it again`, 'filter'),
};
