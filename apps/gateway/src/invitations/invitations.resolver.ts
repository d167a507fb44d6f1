import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { InvitationDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Invitation } from './invitation.model';
import { CoalitionUser } from '../users/user.model';
import { InviteUserInput } from './invitation.input';

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.ADMIN)
  @Query(() => [Invitation], { description: 'Invitations not yet accepted.' })
  invitations(@Context() context: GraphQLContext): Promise<InvitationDto[]> {
    return this.services.request(context, 'membership.invitation.list', { pendingOnly: true });
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => Invitation, {
    description: 'Emails the invitee a token to accept with `acceptInvitation`.',
  })
  inviteUser(
    @Args('input') input: InviteUserInput,
    @Context() context: GraphQLContext,
  ): Promise<InvitationDto> {
    return this.services.request(context, 'membership.invitation.create', input);
  }

  @MinRole(Role.ADMIN)
  @ResolveField('invitedBy', () => CoalitionUser, { nullable: true })
  invitedBy(
    @Parent() invitation: InvitationDto,
    @Context() context: GraphQLContext,
  ): Promise<CoalitionUser | null> {
    return invitation.invitedBy ? context.loaders.user.load(invitation.invitedBy) : Promise.resolve(null);
  }
}
