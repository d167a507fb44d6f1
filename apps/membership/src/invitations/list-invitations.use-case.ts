import { Injectable } from '@nestjs/common';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { toInvitationDto } from './invitation.mapper';
import { InvitationRepository } from './invitation.repository';

/** The coalition's invitations, newest first: pending ones only unless asked otherwise. */
@Injectable()
export class ListInvitationsUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly invitations: InvitationRepository,
  ) {}

  execute(input: MembershipRequest<'membership.invitation.list'>): Promise<MembershipReply<'membership.invitation.list'>> {
    const tenantId = this.context.tenantId();
    return this.unitOfWork.run(async () =>
      (await this.invitations.list(tenantId, input.pendingOnly, new Date())).map(toInvitationDto),
    );
  }
}
