import { Injectable } from '@nestjs/common';
import { ActorType, uuid, type AuthResultDto } from '@groundwork/contracts';
import { SystemReason, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { MembershipRepository } from '../users/membership.repository';
import { UserErrors } from '../users/user.errors';
import { CoalitionFounder } from './coalition-founder';

/**
 * A signed-in user founds another coalition and is signed in to it as its owner. Their identity was
 * proven by the session the gateway checked; here they must still be a member of the coalition they
 * call from. API tokens cannot found coalitions.
 */
@Injectable()
export class CreateCoalitionUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly memberships: MembershipRepository,
    private readonly founder: CoalitionFounder,
  ) {}

  async execute(input: MembershipRequest<'membership.coalition.create'>): Promise<AuthResultDto> {
    const tenantId = this.context.tenantId();
    const actor = this.context.actor();
    if (actor?.type !== ActorType.USER || !uuid().safeParse(actor.id).success)
      throw UserErrors.roleRequired('only a signed-in user can start a coalition');
    const member = await this.unitOfWork.run(() => this.memberships.findMember(tenantId, actor.id));
    if (!member) throw UserErrors.actorNotAMember();
    return this.unitOfWork.runAsSystem(SystemReason.SIGN_UP, () =>
      this.founder.found(input.coalitionName, member),
    );
  }
}
