import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AuthResultDto } from '@groundwork/contracts';
import { SystemReason, UnitOfWork, type DomainError } from '@groundwork/service-kit';
import { firstFreeSlug, slugBase } from '../coalitions/coalition-slug';
import type { CoalitionEntity } from '../coalitions/coalition.entity';
import { CoalitionRepository } from '../coalitions/coalition.repository';
import type { MembershipRequest } from '../membership-rpc';
import { SessionIssuer } from '../sessions/session-issuer';
import { MembershipRepository } from '../users/membership.repository';
import { PasswordHasher } from '../users/password-hasher';
import type { UserEntity } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { toAuthResult } from './auth-result.mapper';
import { AuthErrors } from './auth.errors';

/**
 * Creates a coalition with its first owner and signs them in. An existing account joins with its own
 * password (one person, several coalitions); a wrong password for an existing email is a CONFLICT.
 * The slow password work happens between two short transactions, not inside one.
 */
@Injectable()
export class SignUpUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly coalitions: CoalitionRepository,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly sessions: SessionIssuer,
    private readonly passwords: PasswordHasher,
  ) {}

  async execute(input: MembershipRequest<'membership.auth.sign-up'>): Promise<AuthResultDto> {
    const existing = await this.unitOfWork.runAsSystem(SystemReason.SIGN_UP, () => this.users.findByEmail(input.email));
    if (existing && !(await this.passwords.verify(existing.passwordHash, input.password))) throw emailTaken();
    const user: UserEntity = existing ?? {
      id: randomUUID(),
      email: input.email,
      name: input.name,
      passwordHash: await this.passwords.hash(input.password),
      createdAt: new Date(),
    };
    return this.unitOfWork.runAsSystem(SystemReason.SIGN_UP, async () => {
      if (!existing && !(await this.users.insertUnlessEmailTaken(user))) throw emailTaken();
      const coalition = await this.createCoalition(input.coalitionName);
      await this.unitOfWork.enterTenant(coalition.id);
      await this.memberships.insert({ tenantId: coalition.id, userId: user.id, role: 'OWNER', joinedAt: coalition.createdAt });
      const session = await this.sessions.start(coalition.id, user.id);
      return toAuthResult(user, coalition, 'OWNER', session);
    });
  }

  /** Takes the first free slug; retries when a concurrent sign-up took it between look-up and insert. */
  private async createCoalition(name: string): Promise<CoalitionEntity> {
    const base = slugBase(name);
    for (;;) {
      const coalition = { id: randomUUID(), name, slug: firstFreeSlug(base, await this.coalitions.slugsStartingWith(base)), createdAt: new Date() };
      if (await this.coalitions.insertUnlessSlugTaken(coalition)) return coalition;
    }
  }
}

function emailTaken(): DomainError {
  return AuthErrors.emailTaken();
}
