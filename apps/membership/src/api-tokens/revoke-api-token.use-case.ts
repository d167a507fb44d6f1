import { Injectable } from '@nestjs/common';
import { accountEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { ActingMember, isAdmin } from '../users/acting-member';
import { UserErrors } from '../users/user.errors';
import { toApiTokenDto } from './api-token.mapper';
import { ApiTokenRepository } from './api-token.repository';
import { ApiTokenErrors } from './api-token.errors';

/** Revokes a token for good; revoking it again changes nothing. */
@Injectable()
export class RevokeApiTokenUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly acting: ActingMember,
    private readonly apiTokens: ApiTokenRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(
    input: MembershipRequest<'membership.api-token.revoke'>,
  ): Promise<MembershipReply<'membership.api-token.revoke'>> {
    const tenantId = this.context.tenantId();
    return this.unitOfWork.run(async () => {
      if (!isAdmin(await this.acting.resolve(tenantId)))
        throw UserErrors.roleRequired('only an ADMIN or OWNER may revoke API tokens');
      const token = await this.apiTokens.findById(tenantId, input.id);
      if (!token) throw ApiTokenErrors.notFound(input.id);
      if (!token.revokedAt) {
        token.revokedAt = new Date();
        await this.apiTokens.revoke(tenantId, token.id, token.revokedAt);
        await this.outbox.append(accountEvents.apiTokenRevoked, { apiTokenId: token.id });
      }
      return toApiTokenDto(token);
    });
  }
}
