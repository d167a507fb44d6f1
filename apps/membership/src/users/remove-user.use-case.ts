import { Injectable } from '@nestjs/common';
import { accountEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { ApiTokenRepository } from '../api-tokens/api-token.repository';
import { InvitationRepository } from '../invitations/invitation.repository';
import { SessionRepository } from '../sessions/session.repository';
import { ActingMember, isAdmin, isOwner } from './acting-member';
import { MembershipRepository } from './membership.repository';
import { OwnerRules } from './owner-rules';
import { UserErrors } from './user.errors';

/**
 * Removes a user from this coalition (their account and other coalitions stay) and ends their
 * sessions here. The API tokens they created are revoked and their pending invitations lapse, so
 * nothing they granted outlives them, unless an owner chooses to keep them (`keepTheirTokens`).
 */
@Injectable()
export class RemoveUserUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly acting: ActingMember,
    private readonly memberships: MembershipRepository,
    private readonly ownerRules: OwnerRules,
    private readonly sessions: SessionRepository,
    private readonly apiTokens: ApiTokenRepository,
    private readonly invitations: InvitationRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(
    input: MembershipRequest<'membership.user.remove'>,
  ): Promise<MembershipReply<'membership.user.remove'>> {
    const tenantId = this.context.tenantId();
    return this.unitOfWork.run(async () => {
      const acting = await this.acting.resolve(tenantId);
      if (!isAdmin(acting)) throw UserErrors.roleRequired('only an ADMIN or OWNER may remove users');
      if (input.keepTheirTokens && !isOwner(acting)) {
        throw UserErrors.roleRequired('only an owner may keep the tokens and invitations of a removed user');
      }
      const membership = await this.memberships.find(tenantId, input.userId);
      if (!membership) throw UserErrors.notFound(input.userId);
      this.ownerRules.assertMayChange(acting, membership.role, null);
      if (membership.role === 'OWNER')
        await this.ownerRules.assertAnotherOwnerRemains(tenantId, input.userId);
      await this.memberships.delete(tenantId, input.userId);
      await this.sessions.revokeUser(tenantId, input.userId);
      if (!input.keepTheirTokens) {
        const now = new Date();
        for (const apiTokenId of await this.apiTokens.revokeCreatedBy(tenantId, input.userId, now)) {
          await this.outbox.append(accountEvents.apiTokenRevoked, { apiTokenId });
        }
        await this.invitations.expireSentBy(tenantId, input.userId, now);
      }
      await this.outbox.append(accountEvents.userRemoved, { userId: input.userId, role: membership.role });
      return { ok: true as const };
    });
  }
}
