import { DomainError } from '@groundwork/service-kit';

/** The ways a people request can fail, each with its code and, for input, the field at fault. */
export const PersonErrors = {
  notFound: (id: string) => DomainError.notFound('person', id),
  archived: (id: string) => DomainError.conflict(`person ${id} is archived and cannot be changed`),
  emailTaken: () => DomainError.conflict('another person in this coalition already has this email', 'email'),
  invalidPhone: () => DomainError.badInput('phone', 'must be a valid phone number'),
  invalidLanguage: () => DomainError.badInput('preferredLanguage', 'must be a language tag like en or pt-BR'),
  invalidCursor: () => DomainError.badInput('after', 'is not a valid cursor'),
  invalidSearch: () => DomainError.badInput('search', 'must not contain control characters'),
};
