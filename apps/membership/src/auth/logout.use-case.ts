import { Injectable } from '@nestjs/common';
import { ActorType, accountEvents, uuid } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { SessionRepository } from '../sessions/session.repository';
import { AuthErrors } from './auth.errors';

/**
 * Ends a session (every refresh token of it) and announces it, so the gateway stops honouring its
 * access tokens too. A user can end only their own sessions; ending one twice is fine.
 */
@Injectable()
export class LogoutUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(
    input: MembershipRequest<'membership.auth.logout'>,
  ): Promise<MembershipReply<'membership.auth.logout'>> {
    const tenantId = this.context.tenantId();
    const actor = this.context.actor();
    if (actor?.type !== ActorType.USER || !uuid().safeParse(actor.id).success) {
      throw AuthErrors.logoutNeedsUser();
    }
    return this.unitOfWork.run(async () => {
      const tokens = await this.sessions.revokeFamily(tenantId, input.sessionId, actor.id);
      if (tokens === 0) throw AuthErrors.sessionNotFound(input.sessionId);
      await this.outbox.append(accountEvents.sessionEnded, { sessionId: input.sessionId, userId: actor.id });
      return { ok: true as const };
    });
  }
}
