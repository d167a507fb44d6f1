import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const PersonErrorCode = {
  PERSON_NOT_FOUND: 'PERSON_NOT_FOUND',
  CONTACT_NOT_FOUND: 'CONTACT_NOT_FOUND',
  PERSON_ARCHIVED: 'PERSON_ARCHIVED',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  EXTERNAL_ID_TAKEN: 'EXTERNAL_ID_TAKEN',
  INVALID_PHONE: 'INVALID_PHONE',
  INVALID_LANGUAGE: 'INVALID_LANGUAGE',
  CONFLICTING_LANGUAGES: 'CONFLICTING_LANGUAGES',
  INVALID_COUNTRY: 'INVALID_COUNTRY',
  UNKNOWN_REFERRER: 'UNKNOWN_REFERRER',
  SELF_REFERRAL: 'SELF_REFERRAL',
  REFERRER_WITHOUT_REFERRAL: 'REFERRER_WITHOUT_REFERRAL',
  UNKNOWN_ORGANIZER: 'UNKNOWN_ORGANIZER',
  INVALID_SEARCH: 'INVALID_SEARCH',
  TOO_MANY_CONTACTS: 'TOO_MANY_CONTACTS',
} as const;
export type PersonErrorCode = (typeof PersonErrorCode)[keyof typeof PersonErrorCode];

export class PersonException extends DomainError {
  constructor(reason: PersonErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: PersonErrorCode): ErrorCode {
  switch (reason) {
    case PersonErrorCode.PERSON_NOT_FOUND:
    case PersonErrorCode.CONTACT_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case PersonErrorCode.PERSON_ARCHIVED:
    case PersonErrorCode.EMAIL_TAKEN:
    case PersonErrorCode.EXTERNAL_ID_TAKEN:
      return ErrorCode.CONFLICT;
    case PersonErrorCode.INVALID_PHONE:
    case PersonErrorCode.INVALID_LANGUAGE:
    case PersonErrorCode.CONFLICTING_LANGUAGES:
    case PersonErrorCode.INVALID_COUNTRY:
    case PersonErrorCode.UNKNOWN_REFERRER:
    case PersonErrorCode.SELF_REFERRAL:
    case PersonErrorCode.REFERRER_WITHOUT_REFERRAL:
    case PersonErrorCode.UNKNOWN_ORGANIZER:
    case PersonErrorCode.INVALID_SEARCH:
    case PersonErrorCode.TOO_MANY_CONTACTS:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways a people request can fail, each with its code and, for input, the field at fault. */
export const PersonErrors = {
  notFound: (id: string) =>
    new PersonException(PersonErrorCode.PERSON_NOT_FOUND, `person ${id} was not found`),
  archived: (id: string) =>
    new PersonException(PersonErrorCode.PERSON_ARCHIVED, `person ${id} is archived and cannot be changed`),
  emailTaken: (field = 'email') =>
    new PersonException(
      PersonErrorCode.EMAIL_TAKEN,
      'another person in this coalition already has this email',
      { field },
    ),
  externalIdTaken: () =>
    new PersonException(
      PersonErrorCode.EXTERNAL_ID_TAKEN,
      'another person in this coalition already has this external id',
      { field: 'externalId' },
    ),
  invalidPhone: (field = 'phone') =>
    new PersonException(
      PersonErrorCode.INVALID_PHONE,
      ...fieldProblem(field, 'must be a valid phone number'),
    ),
  invalidLanguage: (field = 'preferredLanguage') =>
    new PersonException(
      PersonErrorCode.INVALID_LANGUAGE,
      ...fieldProblem(field, 'must be a language tag like en or pt-BR'),
    ),
  conflictingLanguages: () =>
    new PersonException(
      PersonErrorCode.CONFLICTING_LANGUAGES,
      ...fieldProblem('preferredLanguage', 'must be the first of preferredLanguages when both are given'),
    ),
  invalidCountry: () =>
    new PersonException(
      PersonErrorCode.INVALID_COUNTRY,
      ...fieldProblem('country', 'must be an ISO 3166 country code like US or DE'),
    ),
  unknownReferrer: () =>
    new PersonException(
      PersonErrorCode.UNKNOWN_REFERRER,
      ...fieldProblem('referredByPersonId', 'must be a person of this coalition'),
    ),
  selfReferral: () =>
    new PersonException(
      PersonErrorCode.SELF_REFERRAL,
      ...fieldProblem('referredByPersonId', 'must not be the person themselves'),
    ),
  referrerWithoutReferral: () =>
    new PersonException(
      PersonErrorCode.REFERRER_WITHOUT_REFERRAL,
      ...fieldProblem('referredByPersonId', 'applies only when source is REFERRAL'),
    ),
  unknownOrganizer: () =>
    new PersonException(
      PersonErrorCode.UNKNOWN_ORGANIZER,
      ...fieldProblem('assignedOrganizerId', 'must be a user of this coalition'),
    ),
  invalidSearch: () =>
    new PersonException(
      PersonErrorCode.INVALID_SEARCH,
      ...fieldProblem('search', 'must not contain control characters'),
    ),
  contactNotFound: (field: 'email' | 'phone') =>
    new PersonException(PersonErrorCode.CONTACT_NOT_FOUND, `this person's ${field} was not found`),
  tooManyContacts: (kind: 'email' | 'phone', max: number) =>
    new PersonException(
      PersonErrorCode.TOO_MANY_CONTACTS,
      ...fieldProblem(kind, `a person can have at most ${max} further ${kind}s`),
    ),
};
