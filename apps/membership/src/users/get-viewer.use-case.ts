import { Injectable } from '@nestjs/common';
import { ActorType, uuid } from '@groundwork/contracts';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { apiTokenRole } from '../api-tokens/api-token-role';
import { ApiTokenRepository } from '../api-tokens/api-token.repository';
import { toCoalitionDto } from '../coalitions/coalition.mapper';
import { CoalitionRepository } from '../coalitions/coalition.repository';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { MembershipRepository } from './membership.repository';
import { toUserDto } from './user.mapper';
import { CoalitionErrors } from '../coalitions/coalition.errors';
import { UserErrors } from './user.errors';

/**
 * Who is calling, in this coalition: a member user (`userId`), or with `userId: null` the API token
 * named by the actor header. A user id that disagrees with the actor header, or that is not a member,
 * is refused.
 */
@Injectable()
export class GetViewerUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly coalitions: CoalitionRepository,
    private readonly memberships: MembershipRepository,
    private readonly apiTokens: ApiTokenRepository,
  ) {}

  execute(
    input: MembershipRequest<'membership.viewer.get'>,
  ): Promise<MembershipReply<'membership.viewer.get'>> {
    const tenantId = this.context.tenantId();
    const actor = this.context.actor();
    return this.unitOfWork.run(async () => {
      const coalition = await this.coalitions.findById(tenantId);
      if (!coalition) throw CoalitionErrors.notFound(tenantId);
      if (input.userId !== null) {
        if (actor?.type === ActorType.USER && actor.id !== input.userId) throw UserErrors.viewerNotActor();
        const member = await this.memberships.findMember(tenantId, input.userId);
        if (!member) throw UserErrors.viewerNotAMember();
        return { user: toUserDto(member), coalition: toCoalitionDto(coalition), role: member.role };
      }
      const token =
        actor?.type === ActorType.API_TOKEN && uuid().safeParse(actor.id).success
          ? await this.apiTokens.findById(tenantId, actor.id)
          : null;
      if (!token || token.revokedAt) throw UserErrors.viewerUnknown();
      return { user: null, coalition: toCoalitionDto(coalition), role: apiTokenRole(token.scopes) };
    });
  }
}
