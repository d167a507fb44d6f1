import { Injectable } from '@nestjs/common';
import { accountEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { SessionRepository } from '../sessions/session.repository';
import { ActingMember, isAdmin } from './acting-member';
import { MembershipRepository } from './membership.repository';
import { OwnerRules } from './owner-rules';
import { toMemberUserDto } from './user.mapper';
import { UserErrors } from './user.errors';

/** Changes a member's role; their sessions in this coalition end, so new tokens carry the new role. */
@Injectable()
export class UpdateUserRoleUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly acting: ActingMember,
    private readonly memberships: MembershipRepository,
    private readonly ownerRules: OwnerRules,
    private readonly sessions: SessionRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(
    input: MembershipRequest<'membership.user.update-role'>,
  ): Promise<MembershipReply<'membership.user.update-role'>> {
    const tenantId = this.context.tenantId();
    return this.unitOfWork.run(async () => {
      const acting = await this.acting.resolve(tenantId);
      if (!isAdmin(acting)) throw UserErrors.roleRequired('only an ADMIN or OWNER may change roles');
      const member = await this.memberships.findMember(tenantId, input.userId);
      if (!member) throw UserErrors.notFound(input.userId);
      this.ownerRules.assertMayChange(acting, member.role, input.role);
      if (member.role === input.role) return toMemberUserDto(member);
      if (member.role === 'OWNER') await this.ownerRules.assertAnotherOwnerRemains(tenantId, member.id);
      await this.memberships.updateRole(tenantId, member.id, input.role);
      await this.sessions.revokeUser(tenantId, member.id);
      await this.outbox.append(accountEvents.userRoleChanged, {
        userId: member.id,
        from: member.role,
        to: input.role,
      });
      return toMemberUserDto({ ...member, role: input.role });
    });
  }
}
