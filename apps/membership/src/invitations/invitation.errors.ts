import { ErrorCode, type ErrorDetails } from '@groundwork/contracts';
import { DomainError, assertUnreachable } from '@groundwork/service-kit';

export const InvitationErrorCode = {
  ACCOUNT_NEEDS_PASSWORD: 'ACCOUNT_NEEDS_PASSWORD',
  ACCOUNT_JUST_CREATED: 'ACCOUNT_JUST_CREATED',
  INVITATION_ALREADY_A_MEMBER: 'INVITATION_ALREADY_A_MEMBER',
  INVITATION_INVALID: 'INVITATION_INVALID',
  INVITATION_OWNER_INVITE_RESERVED: 'INVITATION_OWNER_INVITE_RESERVED',
  INVITATION_MAIL_NOT_SENT: 'INVITATION_MAIL_NOT_SENT',
} as const;
export type InvitationErrorCode = (typeof InvitationErrorCode)[keyof typeof InvitationErrorCode];

export class InvitationException extends DomainError {
  constructor(reason: InvitationErrorCode, message: string, details?: ErrorDetails) {
    super(codeOf(reason), message, details, reason);
  }
}

/** The shared code each reason leaves with; a reason added without one does not compile. */
function codeOf(reason: InvitationErrorCode): ErrorCode {
  switch (reason) {
    case InvitationErrorCode.ACCOUNT_NEEDS_PASSWORD:
    case InvitationErrorCode.ACCOUNT_JUST_CREATED:
    case InvitationErrorCode.INVITATION_ALREADY_A_MEMBER:
      return ErrorCode.CONFLICT;
    case InvitationErrorCode.INVITATION_INVALID:
      return ErrorCode.UNAUTHENTICATED;
    case InvitationErrorCode.INVITATION_OWNER_INVITE_RESERVED:
      return ErrorCode.FORBIDDEN;
    case InvitationErrorCode.INVITATION_MAIL_NOT_SENT:
      return ErrorCode.UNAVAILABLE;
    default:
      return assertUnreachable(reason);
  }
}

/** The ways inviting someone, or accepting an invitation, can fail. */
export const InvitationErrors = {
  accountNeedsPassword: () =>
    new InvitationException(
      InvitationErrorCode.ACCOUNT_NEEDS_PASSWORD,
      'an account with this email already exists; enter its password to join',
      { field: 'password' },
    ),
  accountJustCreated: () =>
    new InvitationException(
      InvitationErrorCode.ACCOUNT_JUST_CREATED,
      'an account with this email was just created; accept again with its password',
      { field: 'password' },
    ),
  invalid: () =>
    new InvitationException(
      InvitationErrorCode.INVITATION_INVALID,
      'this invitation is invalid, expired or already used',
    ),
  ownerInviteReserved: () =>
    new InvitationException(
      InvitationErrorCode.INVITATION_OWNER_INVITE_RESERVED,
      'only an owner may invite an owner',
    ),
  alreadyAMember: () =>
    new InvitationException(
      InvitationErrorCode.INVITATION_ALREADY_A_MEMBER,
      'this email already belongs to a member of the coalition',
      { field: 'email' },
    ),
  mailNotSent: () =>
    new InvitationException(
      InvitationErrorCode.INVITATION_MAIL_NOT_SENT,
      'the invitation was saved but its mail could not be sent; invite again to resend',
    ),
};
