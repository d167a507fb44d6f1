import { DomainError } from '@groundwork/service-kit';

/** The ways a people request can fail, each with its code and, for input, the field at fault. */
export const PersonErrors = {
  notFound: (id: string) => DomainError.notFound('person', id),
  archived: (id: string) => DomainError.conflict(`person ${id} is archived and cannot be changed`),
  emailTaken: (field = 'email') =>
    DomainError.conflict('another person in this coalition already has this email', field),
  externalIdTaken: () =>
    DomainError.conflict('another person in this coalition already has this external id', 'externalId'),
  invalidPhone: (field = 'phone') => DomainError.badInput(field, 'must be a valid phone number'),
  invalidLanguage: (field = 'preferredLanguage') =>
    DomainError.badInput(field, 'must be a language tag like en or pt-BR'),
  conflictingLanguages: () =>
    DomainError.badInput('preferredLanguage', 'must be the first of preferredLanguages when both are given'),
  invalidCountry: () => DomainError.badInput('country', 'must be an ISO 3166 country code like US or DE'),
  unknownReferrer: () => DomainError.badInput('referredByPersonId', 'must be a person of this coalition'),
  selfReferral: () => DomainError.badInput('referredByPersonId', 'must not be the person themselves'),
  referrerWithoutReferral: () =>
    DomainError.badInput('referredByPersonId', 'applies only when source is REFERRAL'),
  unknownOrganizer: () => DomainError.badInput('assignedOrganizerId', 'must be a user of this coalition'),
  invalidSearch: () => DomainError.badInput('search', 'must not contain control characters'),
  contactNotFound: (field: 'email' | 'phone') => DomainError.notFound(`this person's ${field}`),
};
