import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { accountEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { CoalitionRepository } from '../coalitions/coalition.repository';
import { MEMBERSHIP_CONFIG, type MembershipConfig } from '../config';
import { Mailer, type OutgoingMail } from '../mail/mailer';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { issueTenantBoundToken } from '../tokens/secret-token';
import { ActingMember, actingUserId, isAdmin, isOwner } from '../users/acting-member';
import { MembershipRepository } from '../users/membership.repository';
import { invitationMail } from './invitation-mail';
import { toInvitationDto } from './invitation.mapper';
import { InvitationRepository } from './invitation.repository';
import { CoalitionErrors } from '../coalitions/coalition.errors';
import { InvitationErrors } from './invitation.errors';
import { UserErrors } from '../users/user.errors';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Invites an email address with a role and mails it an accept link. Inviting an address again
 * supersedes its pending invitation (the old link stops working), which is how an invitation is resent.
 * The mail goes out after the invitation is committed, so a rolled-back invitation sends nothing.
 */
@Injectable()
export class CreateInvitationUseCase {
  private readonly logger = new Logger(CreateInvitationUseCase.name);

  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly acting: ActingMember,
    private readonly memberships: MembershipRepository,
    private readonly invitations: InvitationRepository,
    private readonly coalitions: CoalitionRepository,
    private readonly mailer: Mailer,
    private readonly outbox: OutboxWriter,
    @Inject(MEMBERSHIP_CONFIG) private readonly config: MembershipConfig,
  ) {}

  async execute(
    input: MembershipRequest<'membership.invitation.create'>,
  ): Promise<MembershipReply<'membership.invitation.create'>> {
    const tenantId = this.context.tenantId();
    const { invitation, token, coalitionName } = await this.unitOfWork.run(async () => {
      const acting = await this.acting.resolve(tenantId);
      if (!isAdmin(acting)) throw UserErrors.roleRequired('only an ADMIN or OWNER may invite users');
      if (input.role === 'OWNER' && !isOwner(acting)) throw InvitationErrors.ownerInviteReserved();
      if (await this.memberships.findMemberByEmail(tenantId, input.email)) {
        throw InvitationErrors.alreadyAMember();
      }
      const coalition = await this.coalitions.findById(tenantId);
      if (!coalition) throw CoalitionErrors.notFound(tenantId);
      const now = new Date();
      await this.invitations.expirePending(tenantId, input.email, now);
      const { token, tokenHash } = issueTenantBoundToken('gwi', tenantId);
      const invitation = {
        tenantId,
        id: randomUUID(),
        email: input.email,
        role: input.role,
        tokenHash,
        invitedBy: actingUserId(acting),
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        acceptedAt: null,
      };
      await this.invitations.insert(invitation);
      await this.outbox.append(accountEvents.invitationCreated, {
        invitationId: invitation.id,
        role: invitation.role,
      });
      return { invitation, token, coalitionName: coalition.name };
    });
    await this.mail(
      invitationMail({
        ...invitation,
        to: invitation.email,
        coalitionName,
        token,
        publicUrl: this.config.PUBLIC_URL,
      }),
    );
    return toInvitationDto(invitation);
  }

  private async mail(mail: OutgoingMail): Promise<void> {
    try {
      await this.mailer.send(mail);
    } catch (error) {
      this.logger.error({ msg: 'invitation mail failed', err: error });
      throw InvitationErrors.mailNotSent();
    }
  }
}
