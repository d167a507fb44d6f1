import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { accountEvents, type AuthResultDto } from '@groundwork/contracts';
import { OutboxWriter, SystemReason, UnitOfWork, type DomainError } from '@groundwork/service-kit';
import { toAuthResult } from '../auth/auth-result.mapper';
import { CoalitionRepository } from '../coalitions/coalition.repository';
import type { MembershipRequest } from '../membership-rpc';
import { SessionIssuer } from '../sessions/session-issuer';
import { readTenantBoundToken } from '../tokens/secret-token';
import { MembershipRepository } from '../users/membership.repository';
import { PasswordHasher } from '../users/password-hasher';
import { PasswordPolicy } from '../users/password-policy';
import type { UserEntity } from '../users/user.entity';
import { UserRepository } from '../users/user.repository';
import { InvitationRepository, isPending } from './invitation.repository';
import { InvitationErrors } from './invitation.errors';

/**
 * Accepts an invitation and signs the invitee in. A new address gets an account with the given name
 * and password; an address that already has an account must give that account's password (the
 * invitation never resets a password). The token names its coalition, so the work runs in that
 * tenant; the accept-invitation reason adds only finding or creating the account by email, before the
 * work enters the tenant (which clears the reason).
 */
@Injectable()
export class AcceptInvitationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly invitations: InvitationRepository,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly coalitions: CoalitionRepository,
    private readonly sessions: SessionIssuer,
    private readonly passwords: PasswordHasher,
    private readonly passwordPolicy: PasswordPolicy,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(input: MembershipRequest<'membership.auth.accept-invitation'>): Promise<AuthResultDto> {
    const presented = readTenantBoundToken('gwi', input.token);
    if (!presented) throw invalidInvitation();
    const { tenantId, tokenHash } = presented;
    const invitation = await this.inAcceptance(tenantId, async () => {
      const found = await this.invitations.findByHash(tenantId, tokenHash);
      return isPending(found, new Date()) ? found : null;
    });
    if (!invitation) throw invalidInvitation();
    const existing = await this.unitOfWork.runAsSystem(SystemReason.ACCEPT_INVITATION, () =>
      this.users.findByEmail(invitation.email),
    );
    if (existing && !(await this.passwords.verify(existing.passwordHash, input.password))) {
      throw InvitationErrors.accountNeedsPassword();
    }
    // A new account's password must not be a common one; an existing account keeps its own.
    if (!existing) this.passwordPolicy.assertStrong(input.password, [invitation.email, input.name]);
    const user: UserEntity = existing ?? {
      id: randomUUID(),
      email: invitation.email,
      name: input.name,
      passwordHash: await this.passwords.hash(input.password),
      createdAt: new Date(),
    };
    return this.unitOfWork.runAsSystem(SystemReason.ACCEPT_INVITATION, async () => {
      // The account first, while the accept-invitation reason admits it: entering the tenant ends that
      // reason. Rolled back with the rest when the invitation turns out to be used.
      if (!existing && !(await this.users.insertUnlessEmailTaken(user))) {
        throw InvitationErrors.accountJustCreated();
      }
      await this.unitOfWork.enterTenant(tenantId);
      const now = new Date();
      // Locked and checked again, so one invitation is never accepted twice.
      if (!isPending(await this.invitations.findByHash(tenantId, tokenHash, true), now))
        throw invalidInvitation();
      let membership = await this.memberships.find(tenantId, user.id);
      if (!membership) {
        membership = { tenantId, userId: user.id, role: invitation.role, joinedAt: now };
        await this.memberships.insert(membership);
      }
      await this.invitations.markAccepted(tenantId, invitation.id, now);
      await this.outbox.append(accountEvents.invitationAccepted, {
        invitationId: invitation.id,
        userId: user.id,
        role: membership.role,
      });
      const coalition = await this.coalitions.findById(tenantId);
      if (!coalition) throw invalidInvitation();
      const session = await this.sessions.start(tenantId, user.id);
      return toAuthResult(user, coalition, membership.role, session);
    });
  }

  private inAcceptance<T>(tenantId: string, fn: () => Promise<T>): Promise<T> {
    return this.unitOfWork.runAsSystem(SystemReason.ACCEPT_INVITATION, async () => {
      await this.unitOfWork.enterTenant(tenantId);
      return fn();
    });
  }
}

function invalidInvitation(): DomainError {
  return InvitationErrors.invalid();
}
