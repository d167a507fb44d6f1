import { Injectable } from '@nestjs/common';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { decodeMemberCursor, encodeMemberCursor } from './member-cursor';
import { MembershipRepository } from './membership.repository';
import { toMemberUserDto } from './user.mapper';

/** The coalition's members, oldest first, a page at a time. */
@Injectable()
export class ListUsersUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly memberships: MembershipRepository,
  ) {}

  execute(
    input: MembershipRequest<'membership.user.list'>,
  ): Promise<MembershipReply<'membership.user.list'>> {
    const tenantId = this.context.tenantId();
    const after = input.after === undefined ? null : decodeMemberCursor(input.after);
    return this.unitOfWork.run(async () => {
      const rows = await this.memberships.page(tenantId, input.first + 1, after);
      const page = rows.slice(0, input.first);
      const last = page.at(-1);
      return {
        items: page.map((row) => toMemberUserDto(row.member)),
        totalCount: await this.memberships.count(tenantId),
        hasNextPage: rows.length > input.first,
        endCursor: last ? encodeMemberCursor(last.cursor) : null,
      };
    });
  }
}
