import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { InvitationDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { ConnectionShape } from '../common/connection.model';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Invitation, InvitationConnection } from './invitation.model';
import { CoalitionUser } from '../users/user.model';
import { InviteUserInput } from './invitation.input';

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.ADMIN)
  @Query(() => InvitationConnection, { description: 'Invitations not yet accepted, newest first.' })
  async invitations(
    @Args() args: PageArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<InvitationDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.invitation.list', {
      ...servicePage(slice),
      pendingOnly: true,
    });
    return toConnection(page, slice);
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
