import { Injectable } from '@nestjs/common';
import {
  decodeKeysetCursor,
  encodeKeysetCursor,
  keysetPage,
  TenantContext,
  UnitOfWork,
} from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { toInvitationDto } from './invitation.mapper';
import { InvitationRepository } from './invitation.repository';

/** The coalition's invitations, newest first, a page at a time: pending ones only unless asked otherwise. */
@Injectable()
export class ListInvitationsUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly invitations: InvitationRepository,
  ) {}

  async execute(
    input: MembershipRequest<'membership.invitation.list'>,
  ): Promise<MembershipReply<'membership.invitation.list'>> {
    const tenantId = this.context.tenantId();
    const filter = { pendingOnly: input.pendingOnly, now: new Date() };
    const after = input.after === undefined ? undefined : decodeKeysetCursor(input.after);
    const { rows, totalCount } = await this.unitOfWork.run(async () => ({
      rows: await this.invitations.page(tenantId, filter, input.first + 1, after),
      totalCount: await this.invitations.count(tenantId, filter),
    }));
    const page = keysetPage(rows, input.first, totalCount, (last) =>
      encodeKeysetCursor({ at: last.createdAt, id: last.id }),
    );
    return { ...page, items: page.items.map(toInvitationDto) };
  }
}
