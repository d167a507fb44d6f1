import { Injectable } from '@nestjs/common';
import { accountEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { SessionRepository } from '../sessions/session.repository';
import { ActingMember } from './acting-member';
import { MembershipRepository } from './membership.repository';
import { OwnerRules } from './owner-rules';
import { UserErrors } from './user.errors';

/**
 * Removes a user from this coalition (their account and other coalitions stay) and ends their
 * sessions here. Invitations they sent and API tokens they created stay with the coalition.
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
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.user.remove'>): Promise<MembershipReply<'membership.user.remove'>> {
    const tenantId = this.context.tenantId();
    return this.unitOfWork.run(async () => {
      const acting = await this.acting.resolve(tenantId);
      const membership = await this.memberships.find(tenantId, input.userId);
      if (!membership) throw UserErrors.notFound(input.userId);
      this.ownerRules.assertMayChange(acting, membership.role, null);
      if (membership.role === 'OWNER') await this.ownerRules.assertAnotherOwnerRemains(tenantId, input.userId);
      await this.memberships.delete(tenantId, input.userId);
      await this.sessions.revokeUser(tenantId, input.userId);
      await this.outbox.append(accountEvents.userRemoved, { userId: input.userId, role: membership.role });
      return { ok: true as const };
    });
  }
}
