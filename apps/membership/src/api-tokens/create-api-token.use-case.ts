import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { accountEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { ActingMember, actingUserId, isAdmin } from '../users/acting-member';
import { UserErrors } from '../users/user.errors';
import { newApiToken } from './api-token-format';
import { toApiTokenDto } from './api-token.mapper';
import { ApiTokenRepository } from './api-token.repository';

/** Issues an API token; the whole token is returned this once and only its hash is kept. */
@Injectable()
export class CreateApiTokenUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly acting: ActingMember,
    private readonly apiTokens: ApiTokenRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(
    input: MembershipRequest<'membership.api-token.create'>,
  ): Promise<MembershipReply<'membership.api-token.create'>> {
    const tenantId = this.context.tenantId();
    return this.unitOfWork.run(async () => {
      const acting = await this.acting.resolve(tenantId);
      if (!isAdmin(acting)) throw UserErrors.roleRequired('only an ADMIN or OWNER may create API tokens');
      const { token, prefix, tokenHash } = newApiToken();
      const apiToken = {
        tenantId,
        id: randomUUID(),
        name: input.name,
        prefix,
        tokenHash,
        scopes: [...new Set(input.scopes)],
        createdBy: actingUserId(acting),
        createdAt: new Date(),
        lastUsedAt: null,
        revokedAt: null,
      };
      await this.apiTokens.insert(apiToken);
      await this.outbox.append(accountEvents.apiTokenCreated, {
        apiTokenId: apiToken.id,
        scopes: apiToken.scopes,
      });
      return { token, apiToken: toApiTokenDto(apiToken) };
    });
  }
}
