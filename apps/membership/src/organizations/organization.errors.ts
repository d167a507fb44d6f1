import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable, fieldProblem } from '@groundwork/service-kit';

export const OrganizationErrorCode = {
  ORGANIZATION_NOT_FOUND: 'ORGANIZATION_NOT_FOUND',
  AFFILIATION_NOT_FOUND: 'AFFILIATION_NOT_FOUND',
  REFERENCE_NOT_FOUND: 'REFERENCE_NOT_FOUND',
  ORGANIZATION_ARCHIVED: 'ORGANIZATION_ARCHIVED',
  ALREADY_AFFILIATED: 'ALREADY_AFFILIATED',
  AFFILIATION_ALREADY_ENDED: 'AFFILIATION_ALREADY_ENDED',
  REFERENCED_PERSON_ARCHIVED: 'REFERENCED_PERSON_ARCHIVED',
  LEFT_BEFORE_JOINED: 'LEFT_BEFORE_JOINED',
  ORGANIZATION_INVALID_SEARCH: 'ORGANIZATION_INVALID_SEARCH',
  ENDED_BEFORE_STARTED: 'ENDED_BEFORE_STARTED',
} as const;
export type OrganizationErrorCode = (typeof OrganizationErrorCode)[keyof typeof OrganizationErrorCode];

export class OrganizationException extends DomainError {
  constructor(reason: OrganizationErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: OrganizationErrorCode): ErrorCode {
  switch (reason) {
    case OrganizationErrorCode.ORGANIZATION_NOT_FOUND:
    case OrganizationErrorCode.AFFILIATION_NOT_FOUND:
    case OrganizationErrorCode.REFERENCE_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case OrganizationErrorCode.ORGANIZATION_ARCHIVED:
    case OrganizationErrorCode.ALREADY_AFFILIATED:
    case OrganizationErrorCode.AFFILIATION_ALREADY_ENDED:
    case OrganizationErrorCode.REFERENCED_PERSON_ARCHIVED:
      return ErrorCode.CONFLICT;
    case OrganizationErrorCode.LEFT_BEFORE_JOINED:
    case OrganizationErrorCode.ORGANIZATION_INVALID_SEARCH:
    case OrganizationErrorCode.ENDED_BEFORE_STARTED:
      return ErrorCode.BAD_USER_INPUT;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways an organization or affiliation request can fail, each with its code and field at fault. */
export const OrganizationErrors = {
  notFound: (id: string) =>
    new OrganizationException(
      OrganizationErrorCode.ORGANIZATION_NOT_FOUND,
      `organization ${id} was not found`,
    ),
  archived: (id: string) =>
    new OrganizationException(
      OrganizationErrorCode.ORGANIZATION_ARCHIVED,
      `organization ${id} is archived and cannot be changed`,
    ),
  leftBeforeJoined: () =>
    new OrganizationException(
      OrganizationErrorCode.LEFT_BEFORE_JOINED,
      ...fieldProblem('leftOn', 'must not be before joinedOn'),
    ),
  invalidSearch: () =>
    new OrganizationException(
      OrganizationErrorCode.ORGANIZATION_INVALID_SEARCH,
      ...fieldProblem('search', 'must not contain control characters'),
    ),
  affiliationNotFound: (id: string) =>
    new OrganizationException(OrganizationErrorCode.AFFILIATION_NOT_FOUND, `affiliation ${id} was not found`),
  alreadyAffiliated: () =>
    new OrganizationException(
      OrganizationErrorCode.ALREADY_AFFILIATED,
      'this person already has an open affiliation with this organization',
      { field: 'personId' },
    ),
  affiliationAlreadyEnded: (id: string) =>
    new OrganizationException(
      OrganizationErrorCode.AFFILIATION_ALREADY_ENDED,
      `affiliation ${id} has already ended`,
    ),
  endedBeforeStarted: () =>
    new OrganizationException(
      OrganizationErrorCode.ENDED_BEFORE_STARTED,
      ...fieldProblem('endedOn', 'must not be before startedOn'),
    ),
  referencedPersonArchived: (path: string, id: string) =>
    new OrganizationException(
      OrganizationErrorCode.REFERENCED_PERSON_ARCHIVED,
      `${path}: person ${id} is archived`,
      { field: path },
    ),
  referenceNotFound: (field: string, what: string, id: string) =>
    new OrganizationException(
      OrganizationErrorCode.REFERENCE_NOT_FOUND,
      `${field}: ${what} ${id} was not found`,
      { field },
    ),
};
