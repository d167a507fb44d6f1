import { Injectable } from '@nestjs/common';
import { ActorType, uuid, type Role } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';
import { ApiTokenErrors } from '../api-tokens/api-token.errors';
import { ApiTokenRepository } from '../api-tokens/api-token.repository';
import { MembershipRepository } from './membership.repository';
import { UserErrors } from './user.errors';

export type Acting = { kind: 'user'; userId: string; role: Role } | { kind: 'api-token'; apiTokenId: string };

/** The roles that may read and change a person's sensitive data (demographics, complete data, erasure). */
export const ADMIN_ROLES: readonly Role[] = ['OWNER', 'ADMIN'];

/**
 * Who performs a change in this coalition. The gateway decides which roles may call a subject; this
 * refuses what cannot be true: an actor header naming someone who is not a member of the coalition,
 * or an API token that is not one of its live tokens. The one place membership reads the actor's
 * role, for every area that needs it. Call inside the unit of work of `tenantId`.
 */
@Injectable()
export class ActingMember {
  constructor(
    private readonly context: TenantContext,
    private readonly memberships: MembershipRepository,
    private readonly apiTokens: ApiTokenRepository,
  ) {}

  async resolve(tenantId: string, what = 'this operation'): Promise<Acting> {
    const actor = this.context.actor();
    if (!actor) throw UserErrors.actorRequired(what);
    if (!uuid().safeParse(actor.id).success) throw UserErrors.actorUnknown();
    if (actor.type === ActorType.USER) {
      const membership = await this.memberships.find(tenantId, actor.id);
      if (!membership) throw UserErrors.actorNotAMember();
      return { kind: 'user', userId: actor.id, role: membership.role };
    }
    if (actor.type === ActorType.API_TOKEN) {
      const token = await this.apiTokens.findById(tenantId, actor.id);
      if (!token) throw UserErrors.actorUnknown();
      if (token.revokedAt) throw ApiTokenErrors.revoked();
      return { kind: 'api-token', apiTokenId: token.id };
    }
    throw UserErrors.systemActorRefused();
  }

  /**
   * The acting user, who must hold one of `roles` in this coalition: an API token or the system never
   * qualifies. `refusal` says what was refused, e.g. "demographics are only for ADMIN and OWNER users".
   * Returns the user's id. Call inside the unit of work.
   */
  async requireRole(roles: readonly Role[], what: string, refusal: string): Promise<string> {
    const actor = this.context.actor();
    if (!actor) throw UserErrors.actorRequired(what);
    if (actor.type !== ActorType.USER || !uuid().safeParse(actor.id).success)
      throw UserErrors.roleRequired(refusal);
    const membership = await this.memberships.find(this.context.tenantId(), actor.id);
    if (!membership || !roles.includes(membership.role)) throw UserErrors.roleRequired(refusal);
    return actor.id;
  }
}

/** The user to record as author (`invited_by`, `created_by`); null when an API token acted. */
export function actingUserId(acting: Acting): string | null {
  return acting.kind === 'user' ? acting.userId : null;
}

/**
 * Whether a user with at least the ADMIN role acts, read from their membership now (not from the
 * role their access token was issued with). API tokens never manage users, roles or tokens.
 */
export function isAdmin(acting: Acting): boolean {
  return acting.kind === 'user' && (acting.role === 'ADMIN' || acting.role === 'OWNER');
}

export function isOwner(acting: Acting): boolean {
  return acting.kind === 'user' && acting.role === 'OWNER';
}
