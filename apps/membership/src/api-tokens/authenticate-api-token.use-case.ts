import { Injectable } from '@nestjs/common';
import { SystemReason, UnitOfWork, type DomainError } from '@groundwork/service-kit';
import { toCoalitionDto } from '../coalitions/coalition.mapper';
import { CoalitionRepository } from '../coalitions/coalition.repository';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { sameHash } from '../tokens/secret-token';
import { readApiToken } from './api-token-format';
import { ApiTokenRepository, LAST_USED_RESOLUTION_MS } from './api-token.repository';
import { ApiTokenErrors } from './api-token.errors';

/**
 * The gateway's check of an `Authorization: Bearer gwk_…` token: finds it by prefix (the one read
 * across tenants, on the authenticate-api-token path), compares the hash, refuses revoked tokens,
 * then continues inside the token's coalition to read it and record the use.
 */
@Injectable()
export class AuthenticateApiTokenUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly apiTokens: ApiTokenRepository,
    private readonly coalitions: CoalitionRepository,
  ) {}

  async execute(
    input: MembershipRequest<'membership.auth.authenticate-api-token'>,
  ): Promise<MembershipReply<'membership.auth.authenticate-api-token'>> {
    const presented = readApiToken(input.token);
    if (!presented) throw invalidToken();
    return this.unitOfWork.runAsSystem(SystemReason.AUTHENTICATE_API_TOKEN, async () => {
      const candidates = await this.apiTokens.findByPrefix(presented.prefix);
      const token = candidates.find((candidate) => sameHash(candidate.tokenHash, presented.tokenHash));
      if (!token || token.revokedAt) throw invalidToken();
      await this.unitOfWork.enterTenant(token.tenantId);
      if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
        await this.apiTokens.recordUse(token.tenantId, token.id);
      }
      const coalition = await this.coalitions.findById(token.tenantId);
      if (!coalition) throw invalidToken();
      return {
        apiTokenId: token.id,
        tenantId: token.tenantId,
        scopes: token.scopes,
        coalition: toCoalitionDto(coalition),
      };
    });
  }
}

function invalidToken(): DomainError {
  return ApiTokenErrors.invalid();
}
