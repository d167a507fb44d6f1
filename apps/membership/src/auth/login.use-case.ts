import { Injectable } from '@nestjs/common';
import type { AuthResultDto } from '@groundwork/contracts';
import { SystemReason, UnitOfWork, type DomainError } from '@groundwork/service-kit';
import { CoalitionRepository } from '../coalitions/coalition.repository';
import type { MembershipRequest } from '../membership-rpc';
import { SessionIssuer } from '../sessions/session-issuer';
import { MembershipRepository } from '../users/membership.repository';
import { PasswordHasher } from '../users/password-hasher';
import { UserRepository } from '../users/user.repository';
import { toAuthResult } from './auth-result.mapper';
import { AuthErrors } from './auth.errors';

/**
 * Signs a member in to one coalition. Every mismatch (no such coalition, account or membership, or a
 * wrong password) gets the same answer after one password verification, so the reply and its timing
 * do not tell which part was wrong.
 */
@Injectable()
export class LoginUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly coalitions: CoalitionRepository,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly sessions: SessionIssuer,
    private readonly passwords: PasswordHasher,
  ) {}

  async execute(input: MembershipRequest<'membership.auth.login'>): Promise<AuthResultDto> {
    const { coalition, user } = await this.unitOfWork.runAsSystem(SystemReason.LOGIN, async () => ({
      coalition: await this.coalitions.findBySlug(input.coalitionSlug.toLowerCase()),
      user: await this.users.findByEmail(input.email),
    }));
    const passwordOk = await this.passwords.verify(user?.passwordHash ?? null, input.password);
    if (!passwordOk || !user || !coalition) throw invalidLogin();
    return this.unitOfWork.runAsSystem(SystemReason.LOGIN, async () => {
      await this.unitOfWork.enterTenant(coalition.id);
      const membership = await this.memberships.find(coalition.id, user.id);
      if (!membership) throw invalidLogin();
      const session = await this.sessions.start(coalition.id, user.id);
      return toAuthResult(user, coalition, membership.role, session);
    });
  }
}

function invalidLogin(): DomainError {
  return AuthErrors.invalidCredentials();
}
