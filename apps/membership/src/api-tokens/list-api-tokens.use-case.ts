import { Injectable } from '@nestjs/common';
import {
  decodeKeysetCursor,
  encodeKeysetCursor,
  keysetPage,
  TenantContext,
  UnitOfWork,
} from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { toApiTokenDto } from './api-token.mapper';
import { ApiTokenRepository } from './api-token.repository';

/** The coalition's tokens, revoked ones included, newest first, a page at a time. */
@Injectable()
export class ListApiTokensUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly apiTokens: ApiTokenRepository,
  ) {}

  async execute(
    input: MembershipRequest<'membership.api-token.list'>,
  ): Promise<MembershipReply<'membership.api-token.list'>> {
    const tenantId = this.context.tenantId();
    const after = input.after === undefined ? undefined : decodeKeysetCursor(input.after);
    const { rows, totalCount } = await this.unitOfWork.run(async () => ({
      rows: await this.apiTokens.page(tenantId, input.first + 1, after),
      totalCount: await this.apiTokens.count(tenantId),
    }));
    const page = keysetPage(rows, input.first, totalCount, (last) =>
      encodeKeysetCursor({ at: last.createdAt, id: last.id }),
    );
    return { ...page, items: page.items.map(toApiTokenDto) };
  }
}
