import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { GetUsersUseCase } from './get-users.use-case';
import { GetViewerUseCase } from './get-viewer.use-case';
import { ListUsersUseCase } from './list-users.use-case';
import { RemoveUserUseCase } from './remove-user.use-case';
import { UpdateUserRoleUseCase } from './update-user-role.use-case';

@Injectable()
export class UsersRpcController {
  constructor(
    private readonly getViewer: GetViewerUseCase,
    private readonly listUsers: ListUsersUseCase,
    private readonly getUsers: GetUsersUseCase,
    private readonly updateUserRole: UpdateUserRoleUseCase,
    private readonly removeUser: RemoveUserUseCase,
  ) {}

  @RpcHandler('membership.viewer.get')
  onGetViewer(
    input: MembershipRequest<'membership.viewer.get'>,
  ): Promise<MembershipReply<'membership.viewer.get'>> {
    return this.getViewer.execute(input);
  }

  @RpcHandler('membership.user.list')
  onList(input: MembershipRequest<'membership.user.list'>): Promise<MembershipReply<'membership.user.list'>> {
    return this.listUsers.execute(input);
  }

  @RpcHandler('membership.user.get-many')
  onGetMany(
    input: MembershipRequest<'membership.user.get-many'>,
  ): Promise<MembershipReply<'membership.user.get-many'>> {
    return this.getUsers.execute(input);
  }

  @RpcHandler('membership.user.update-role')
  onUpdateRole(
    input: MembershipRequest<'membership.user.update-role'>,
  ): Promise<MembershipReply<'membership.user.update-role'>> {
    return this.updateUserRole.execute(input);
  }

  @RpcHandler('membership.user.remove')
  onRemove(
    input: MembershipRequest<'membership.user.remove'>,
  ): Promise<MembershipReply<'membership.user.remove'>> {
    return this.removeUser.execute(input);
  }
}
