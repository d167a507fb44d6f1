import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { CreateInvitationUseCase } from './create-invitation.use-case';
import { ListInvitationsUseCase } from './list-invitations.use-case';

/** Invitation acceptance is `membership.auth.accept-invitation`, answered by `AuthRpcController`. */
@Injectable()
export class InvitationsRpcController {
  constructor(
    private readonly createInvitation: CreateInvitationUseCase,
    private readonly listInvitations: ListInvitationsUseCase,
  ) {}

  @RpcHandler('membership.invitation.create')
  onCreate(
    input: MembershipRequest<'membership.invitation.create'>,
  ): Promise<MembershipReply<'membership.invitation.create'>> {
    return this.createInvitation.execute(input);
  }

  @RpcHandler('membership.invitation.list')
  onList(
    input: MembershipRequest<'membership.invitation.list'>,
  ): Promise<MembershipReply<'membership.invitation.list'>> {
    return this.listInvitations.execute(input);
  }
}
