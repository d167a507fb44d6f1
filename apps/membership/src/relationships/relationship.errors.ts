import { DomainError } from '@groundwork/service-kit';

export const RelationshipErrors = {
  notFound: (id: string) => DomainError.notFound('relationship', id),
  duplicate: () => DomainError.conflict('these two people already have a relationship of this type', 'type'),
};
