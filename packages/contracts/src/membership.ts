import { z } from 'zod';
import { emailAddress, idBatch, isoDateTime, pageOf, pageRequest, password, plainText, uuid } from './fields';
import { peopleEvents, peopleRpc } from './membership-people';
import { organizationsRpc } from './membership-organizations';
import { relationshipsRpc } from './membership-relationships';
import { ladderRpc } from './membership-ladder';
import { consentRpc } from './membership-consent';
import { tagsRpc } from './membership-tags';
import { importsRpc } from './membership-imports';
import { segmentsRpc } from './membership-segments';
import { duplicatesRpc } from './membership-duplicates';
import { auditRpc } from './membership-audit';
import { ApiTokenScope, Role } from './membership-roles';
import { rpc } from './rpc';

export { MEMBERSHIP, MEMBERSHIP_STREAM } from './membership-service';
export { ApiTokenScope, Role } from './membership-roles';

// ---- shapes ------------------------------------------------------------------------------------

export const CoalitionDto = z.object({
  id: uuid(),
  name: z.string(),
  slug: z.string(),
  createdAt: isoDateTime(),
});
export type CoalitionDto = z.infer<typeof CoalitionDto>;

export const UserDto = z.object({
  id: uuid(),
  name: z.string(),
  email: z.string(),
});
export type UserDto = z.infer<typeof UserDto>;

/** A user as a member of the current coalition. */
export const MemberUserDto = UserDto.extend({
  role: Role,
  joinedAt: isoDateTime(),
});
export type MemberUserDto = z.infer<typeof MemberUserDto>;

export const SessionDto = z.object({
  id: uuid(),
  /** Opaque; rotates on every refresh. Shown to the client once. */
  refreshToken: z.string(),
  expiresAt: isoDateTime(),
});

/** What sign-up, login, refresh and invitation acceptance return; the gateway signs the access JWT. */
export const AuthResultDto = z.object({
  user: UserDto,
  coalition: CoalitionDto,
  role: Role,
  session: SessionDto,
});
export type AuthResultDto = z.infer<typeof AuthResultDto>;

export const ViewerDto = z.object({
  user: UserDto.nullable(),
  coalition: CoalitionDto,
  role: Role,
});
export type ViewerDto = z.infer<typeof ViewerDto>;

export const InvitationDto = z.object({
  id: uuid(),
  email: z.string(),
  role: Role,
  invitedBy: uuid().nullable(),
  createdAt: isoDateTime(),
  expiresAt: isoDateTime(),
  acceptedAt: isoDateTime().nullable(),
});
export type InvitationDto = z.infer<typeof InvitationDto>;

export const ApiTokenDto = z.object({
  id: uuid(),
  name: z.string(),
  /** The visible start of the token, e.g. `gwk_3f9a12bc`, so people can tell tokens apart. */
  prefix: z.string(),
  scopes: z.array(ApiTokenScope),
  createdBy: uuid().nullable(),
  createdAt: isoDateTime(),
  lastUsedAt: isoDateTime().nullable(),
  revokedAt: isoDateTime().nullable(),
});
export type ApiTokenDto = z.infer<typeof ApiTokenDto>;

export const AuthenticatedApiTokenDto = z.object({
  apiTokenId: uuid(),
  tenantId: uuid(),
  scopes: z.array(ApiTokenScope),
  coalition: CoalitionDto,
});
export type AuthenticatedApiTokenDto = z.infer<typeof AuthenticatedApiTokenDto>;

const ok = z.object({ ok: z.literal(true) });

// ---- request-reply subjects ------------------------------------------------------------------------

const accountsRpc = {
  // Named paths that run before a tenant is known.
  'membership.auth.sign-up': rpc({
    tenant: false,
    request: z.object({
      coalitionName: plainText(120),
      name: plainText(120),
      email: emailAddress(),
      password: password(),
    }),
    reply: AuthResultDto,
  }),
  'membership.auth.login': rpc({
    tenant: false,
    request: z.object({
      email: emailAddress(),
      password: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
      coalitionSlug: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
    }),
    reply: AuthResultDto,
  }),
  'membership.auth.refresh': rpc({
    tenant: false,
    request: z.object({ refreshToken: z.string().min(1).max(300) }),
    reply: AuthResultDto,
  }),
  /**
   * A signed-in user starts another coalition and becomes its owner: the verified way for an
   * existing account to found one (sign-up refuses a known email whatever the password).
   */
  'membership.coalition.create': rpc({
    tenant: true,
    request: z.object({ coalitionName: plainText(120) }),
    reply: AuthResultDto,
  }),
  'membership.auth.accept-invitation': rpc({
    tenant: false,
    request: z.object({
      token: z.string().min(1, 'must not be empty').max(300, 'is not a valid invitation token'),
      name: plainText(120),
      password: password(),
    }),
    reply: AuthResultDto,
  }),
  'membership.auth.authenticate-api-token': rpc({
    tenant: false,
    request: z.object({ token: z.string().min(1).max(300) }),
    reply: AuthenticatedApiTokenDto,
  }),

  // Tenant-scoped.
  'membership.auth.logout': rpc({
    tenant: true,
    request: z.object({ sessionId: uuid() }),
    reply: ok,
  }),
  /**
   * The gateway's per-request check of a signed-in user (cached, invalidated by account events): the
   * session is live and the acting user is still a member; answers their current role.
   */
  'membership.auth.session': rpc({
    tenant: true,
    request: z.object({ sessionId: uuid() }),
    reply: z.object({ role: Role }),
  }),
  'membership.viewer.get': rpc({
    tenant: true,
    request: z.object({ userId: uuid().nullable() }),
    reply: ViewerDto,
  }),
  'membership.user.list': rpc({
    tenant: true,
    request: z.object(pageRequest),
    reply: pageOf(MemberUserDto),
  }),
  'membership.user.get-many': rpc({
    tenant: true,
    request: idBatch(),
    reply: z.array(MemberUserDto),
  }),
  'membership.user.update-role': rpc({
    tenant: true,
    request: z.object({ userId: uuid(), role: Role }),
    reply: MemberUserDto,
  }),
  'membership.user.remove': rpc({
    tenant: true,
    request: z.object({
      userId: uuid(),
      /**
       * Keep the API tokens and pending invitations the user created (an owner's choice); by default
       * they are revoked with the membership.
       */
      keepTheirTokens: z.boolean().default(false),
    }),
    reply: ok,
  }),
  'membership.invitation.create': rpc({
    tenant: true,
    request: z.object({ email: emailAddress(), role: Role }),
    reply: InvitationDto,
  }),
  'membership.invitation.list': rpc({
    tenant: true,
    request: z.object({ ...pageRequest, pendingOnly: z.boolean().default(true) }),
    reply: pageOf(InvitationDto),
  }),
  'membership.api-token.create': rpc({
    tenant: true,
    request: z.object({
      name: plainText(100),
      scopes: z.array(ApiTokenScope).min(1, 'must name at least one scope').max(2),
    }),
    reply: z.object({ token: z.string(), apiToken: ApiTokenDto }),
  }),
  'membership.api-token.revoke': rpc({
    tenant: true,
    request: z.object({ id: uuid() }),
    reply: ApiTokenDto,
  }),
  'membership.api-token.list': rpc({
    tenant: true,
    request: z.object(pageRequest),
    reply: pageOf(ApiTokenDto),
  }),
} as const;

/**
 * Every membership subject. Each area of membership keeps its subjects in its own
 * `membership-<area>.ts` beside its schemas; they are gathered here.
 */
export const membershipRpc = {
  ...auditRpc,
  ...accountsRpc,
  ...peopleRpc,
  ...organizationsRpc,
  ...relationshipsRpc,
  ...ladderRpc,
  ...consentRpc,
  ...tagsRpc,
  ...importsRpc,
  ...segmentsRpc,
  ...duplicatesRpc,
} as const;
export type MembershipRpc = typeof membershipRpc;

// ---- events ---------------------------------------------------------------------------------------
// Events carry ids and facts, not personal data: consumers that need names ask with get-many, so an
// erasure never has to chase copies through the stream.

export const membershipEvents = {
  ...peopleEvents,
} as const;
