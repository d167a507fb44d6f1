import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable } from '@groundwork/service-kit';

export const UserErrorCode = {
  USER_NOT_FOUND: 'USER_NOT_FOUND',
  ACTOR_REQUIRED: 'ACTOR_REQUIRED',
  VIEWER_NOT_A_MEMBER: 'VIEWER_NOT_A_MEMBER',
  VIEWER_UNKNOWN: 'VIEWER_UNKNOWN',
  ACTOR_UNKNOWN: 'ACTOR_UNKNOWN',
  ACTOR_NOT_A_MEMBER: 'ACTOR_NOT_A_MEMBER',
  SYSTEM_ACTOR_REFUSED: 'SYSTEM_ACTOR_REFUSED',
  ROLE_REQUIRED: 'ROLE_REQUIRED',
  OWNER_ROLE_RESERVED: 'OWNER_ROLE_RESERVED',
  VIEWER_NOT_ACTOR: 'VIEWER_NOT_ACTOR',
  LAST_OWNER: 'LAST_OWNER',
} as const;
export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];

export class UserException extends DomainError {
  constructor(reason: UserErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: UserErrorCode): ErrorCode {
  switch (reason) {
    case UserErrorCode.USER_NOT_FOUND:
      return ErrorCode.NOT_FOUND;
    case UserErrorCode.ACTOR_REQUIRED:
    case UserErrorCode.VIEWER_NOT_A_MEMBER:
    case UserErrorCode.VIEWER_UNKNOWN:
      return ErrorCode.UNAUTHENTICATED;
    case UserErrorCode.ACTOR_UNKNOWN:
    case UserErrorCode.ACTOR_NOT_A_MEMBER:
    case UserErrorCode.SYSTEM_ACTOR_REFUSED:
    case UserErrorCode.ROLE_REQUIRED:
    case UserErrorCode.OWNER_ROLE_RESERVED:
    case UserErrorCode.VIEWER_NOT_ACTOR:
      return ErrorCode.FORBIDDEN;
    case UserErrorCode.LAST_OWNER:
      return ErrorCode.CONFLICT;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways a request about the coalition's users, or about who is acting, can fail. */
export const UserErrors = {
  notFound: (id: string) => new UserException(UserErrorCode.USER_NOT_FOUND, `user ${id} was not found`),
  actorRequired: (what = 'this operation') =>
    new UserException(UserErrorCode.ACTOR_REQUIRED, `${what} needs an actor`),
  actorUnknown: () =>
    new UserException(UserErrorCode.ACTOR_UNKNOWN, 'the actor is not known in this coalition'),
  actorNotAMember: () =>
    new UserException(UserErrorCode.ACTOR_NOT_A_MEMBER, 'the acting user is not a member of this coalition'),
  systemActorRefused: () =>
    new UserException(UserErrorCode.SYSTEM_ACTOR_REFUSED, 'a system actor cannot do this'),
  roleRequired: (message: string) => new UserException(UserErrorCode.ROLE_REQUIRED, message),
  ownerRoleReserved: () =>
    new UserException(UserErrorCode.OWNER_ROLE_RESERVED, 'only an owner may grant or revoke the owner role'),
  lastOwner: () =>
    new UserException(UserErrorCode.LAST_OWNER, 'a coalition must keep at least one owner', {
      field: 'userId',
    }),
  viewerNotActor: () => new UserException(UserErrorCode.VIEWER_NOT_ACTOR, 'the user is not the actor'),
  viewerNotAMember: () =>
    new UserException(UserErrorCode.VIEWER_NOT_A_MEMBER, 'the user is not a member of this coalition'),
  viewerUnknown: () =>
    new UserException(UserErrorCode.VIEWER_UNKNOWN, 'no user and no valid API token to describe'),
};
