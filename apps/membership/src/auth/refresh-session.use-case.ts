import { Injectable } from '@nestjs/common';
import { accountEvents, type AuthResultDto } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork, type DomainError } from '@groundwork/service-kit';
import { CoalitionRepository } from '../coalitions/coalition.repository';
import type { MembershipRequest } from '../membership-rpc';
import { SessionIssuer } from '../sessions/session-issuer';
import { SessionRepository } from '../sessions/session.repository';
import { readTenantBoundToken } from '../tokens/secret-token';
import { MembershipRepository } from '../users/membership.repository';
import { toAuthResult } from './auth-result.mapper';
import { AuthErrors } from './auth.errors';

type Outcome = { ok: true; result: AuthResultDto } | { ok: false };

/**
 * Exchanges a refresh token for the next one. A token already exchanged once means it was copied:
 * the whole session is revoked (that revocation commits) and both holders must log in again.
 */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly issuer: SessionIssuer,
    private readonly memberships: MembershipRepository,
    private readonly coalitions: CoalitionRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(input: MembershipRequest<'membership.auth.refresh'>): Promise<AuthResultDto> {
    const presented = readTenantBoundToken('gwr', input.refreshToken);
    if (!presented) throw invalidToken();
    const { tenantId, tokenHash } = presented;
    // The request carries no tenant header; the token names its coalition, so the work runs there.
    const outcome = await this.context.run(
      { tenantId, actor: null, correlationId: this.context.correlationId() },
      () => this.unitOfWork.run(() => this.rotate(tenantId, tokenHash)),
    );
    if (!outcome.ok) throw invalidToken();
    return outcome.result;
  }

  private async rotate(tenantId: string, tokenHash: string): Promise<Outcome> {
    const now = new Date();
    const current = await this.sessions.findByHashForUpdate(tenantId, tokenHash);
    if (!current || current.revokedAt || current.expiresAt <= now) return { ok: false };
    if (current.rotatedAt) {
      await this.sessions.revokeFamily(tenantId, current.familyId, null);
      await this.outbox.append(accountEvents.sessionEnded, {
        sessionId: current.familyId,
        userId: current.userId,
      });
      return { ok: false };
    }
    const member = await this.memberships.findMember(tenantId, current.userId);
    const coalition = await this.coalitions.findById(tenantId);
    if (!member || !coalition) return { ok: false };
    await this.sessions.markRotated(tenantId, current.id, now);
    const session = await this.issuer.issue(tenantId, current.userId, current.familyId);
    return { ok: true, result: toAuthResult(member, coalition, member.role, session) };
  }
}

function invalidToken(): DomainError {
  return AuthErrors.refreshTokenInvalid();
}
