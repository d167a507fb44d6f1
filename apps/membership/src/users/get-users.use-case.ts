import { Injectable } from '@nestjs/common';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { MembershipRepository } from './membership.repository';
import { toMemberUserDto } from './user.mapper';

/** Members by id, for the gateway's DataLoaders; ids that are not members here are left out. */
@Injectable()
export class GetUsersUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly memberships: MembershipRepository,
  ) {}

  execute(
    input: MembershipRequest<'membership.user.get-many'>,
  ): Promise<MembershipReply<'membership.user.get-many'>> {
    const tenantId = this.context.tenantId();
    return this.unitOfWork.run(async () => {
      const members = await this.memberships.getMany(tenantId, [...new Set(input.ids)]);
      return members.map(toMemberUserDto);
    });
  }
}
