import { Injectable } from '@nestjs/common';
import { ActorType, uuid } from '@groundwork/contracts';
import { TenantContext, UnitOfWork, type DomainError } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { SessionRepository } from '../sessions/session.repository';
import { MembershipRepository } from '../users/membership.repository';
import { AuthErrors } from './auth.errors';

/**
 * What a signed-in user may do now: their session is live and they are still a member, with their
 * current role. The gateway asks once and caches the answer until an account event invalidates it,
 * so an access token never carries more than its user holds today.
 */
@Injectable()
export class AuthorizeSessionUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly memberships: MembershipRepository,
  ) {}

  execute(
    input: MembershipRequest<'membership.auth.session'>,
  ): Promise<MembershipReply<'membership.auth.session'>> {
    const tenantId = this.context.tenantId();
    const actor = this.context.actor();
    if (actor?.type !== ActorType.USER || !uuid().safeParse(actor.id).success) throw sessionEnded();
    return this.unitOfWork.run(async () => {
      const membership = await this.memberships.find(tenantId, actor.id);
      if (!membership || !(await this.sessions.isLive(tenantId, input.sessionId, actor.id)))
        throw sessionEnded();
      return { role: membership.role };
    });
  }
}

function sessionEnded(): DomainError {
  return AuthErrors.sessionEnded();
}
