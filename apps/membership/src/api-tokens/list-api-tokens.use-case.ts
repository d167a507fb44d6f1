import { Injectable } from '@nestjs/common';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipReply } from '../membership-rpc';
import { toApiTokenDto } from './api-token.mapper';
import { ApiTokenRepository } from './api-token.repository';

/** Every token of the coalition, revoked ones included, newest first. */
@Injectable()
export class ListApiTokensUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly apiTokens: ApiTokenRepository,
  ) {}

  execute(): Promise<MembershipReply<'membership.api-token.list'>> {
    const tenantId = this.context.tenantId();
    return this.unitOfWork.run(async () => (await this.apiTokens.list(tenantId)).map(toApiTokenDto));
  }
}
