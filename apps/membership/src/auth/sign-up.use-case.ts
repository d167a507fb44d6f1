import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AuthResultDto } from '@groundwork/contracts';
import { SystemReason, UnitOfWork, type DomainError } from '@groundwork/service-kit';
import { CoalitionFounder } from '../coalitions/coalition-founder';
import type { MembershipRequest } from '../membership-rpc';
import { PasswordHasher } from '../users/password-hasher';
import { PasswordPolicy } from '../users/password-policy';
import type { UserEntity } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { AuthErrors } from './auth.errors';

/**
 * Creates a new account, a coalition and its first owner, and signs them in. An email that already
 * has an account gets the same CONFLICT whatever password came with it: sign-up never checks an
 * existing account's password, so it cannot be used to guess one. An existing account founds another
 * coalition by signing in first (`membership.coalition.create`). The gateway rate-limits sign-up like
 * login. The slow password work happens between two short transactions, not inside one.
 */
@Injectable()
export class SignUpUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly users: UserRepository,
    private readonly founder: CoalitionFounder,
    private readonly passwords: PasswordHasher,
    private readonly passwordPolicy: PasswordPolicy,
  ) {}

  async execute(input: MembershipRequest<'membership.auth.sign-up'>): Promise<AuthResultDto> {
    // Before the account look-up, so a weak password is refused the same way for known and new emails.
    this.passwordPolicy.assertStrong(input.password, [input.email, input.name, input.coalitionName]);
    const existing = await this.unitOfWork.runAsSystem(SystemReason.SIGN_UP, () =>
      this.users.findByEmail(input.email),
    );
    if (existing) throw emailTaken();
    const user: UserEntity = {
      id: randomUUID(),
      email: input.email,
      name: input.name,
      passwordHash: await this.passwords.hash(input.password),
      createdAt: new Date(),
    };
    return this.unitOfWork.runAsSystem(SystemReason.SIGN_UP, async () => {
      if (!(await this.users.insertUnlessEmailTaken(user))) throw emailTaken();
      return this.founder.found(input.coalitionName, user);
    });
  }
}

function emailTaken(): DomainError {
  return AuthErrors.emailTaken();
}
