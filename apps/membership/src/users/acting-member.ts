import { Injectable } from '@nestjs/common';
import { ActorType, uuid, type Role } from '@groundwork/contracts';
import { DomainError, TenantContext } from '@groundwork/service-kit';
import { ApiTokenRepository } from '../api-tokens/api-token.repository';
import { MembershipRepository } from './membership.repository';

export type Acting = { kind: 'user'; userId: string; role: Role } | { kind: 'api-token'; apiTokenId: string };

/**
 * Who performs a change in this coalition. The gateway decides which roles may call a subject; this
 * refuses what cannot be true: an actor header naming someone who is not a member of the coalition,
 * or an API token that is not one of its live tokens.
 */
@Injectable()
export class ActingMember {
  constructor(
    private readonly context: TenantContext,
    private readonly memberships: MembershipRepository,
    private readonly apiTokens: ApiTokenRepository,
  ) {}

  /** Call inside the unit of work of `tenantId`. */
  async resolve(tenantId: string): Promise<Acting> {
    const actor = this.context.actor();
    if (!actor) throw DomainError.unauthenticated('this operation needs an actor');
    if (!uuid().safeParse(actor.id).success) throw DomainError.forbidden('the actor is not known in this coalition');
    if (actor.type === ActorType.USER) {
      const membership = await this.memberships.find(tenantId, actor.id);
      if (!membership) throw DomainError.forbidden('the acting user is not a member of this coalition');
      return { kind: 'user', userId: actor.id, role: membership.role };
    }
    if (actor.type === ActorType.API_TOKEN) {
      const token = await this.apiTokens.findById(tenantId, actor.id);
      if (!token || token.revokedAt) throw DomainError.forbidden('the acting API token is not valid in this coalition');
      return { kind: 'api-token', apiTokenId: token.id };
    }
    throw DomainError.forbidden('a system actor cannot do this');
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
