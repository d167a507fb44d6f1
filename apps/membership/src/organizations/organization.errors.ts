import { DomainError } from '@groundwork/service-kit';

/** The ways an organization or affiliation request can fail, each with its code and field at fault. */
export const OrganizationErrors = {
  notFound: (id: string) => DomainError.notFound('organization', id),
  archived: (id: string) => DomainError.conflict(`organization ${id} is archived and cannot be changed`),
  leftBeforeJoined: () => DomainError.badInput('leftOn', 'must not be before joinedOn'),
  invalidSearch: () => DomainError.badInput('search', 'must not contain control characters'),
  affiliationNotFound: (id: string) => DomainError.notFound('affiliation', id),
  alreadyAffiliated: () =>
    DomainError.conflict('this person already has an open affiliation with this organization', 'personId'),
  affiliationAlreadyEnded: (id: string) => DomainError.conflict(`affiliation ${id} has already ended`),
  endedBeforeStarted: () => DomainError.badInput('endedOn', 'must not be before startedOn'),
};
