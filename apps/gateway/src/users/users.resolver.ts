import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthorizationCache } from '../auth/authorization-cache';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import { requirePrincipal, type GraphQLContext } from '../graphql/graphql-context';
import { CoalitionUser, CoalitionUserConnection } from './user.model';
import { RemoveUserInput, UpdateUserRoleInput } from './users.input';

@Resolver(() => CoalitionUser)
export class UsersResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly cache: AuthorizationCache,
  ) {}

  @MinRole(Role.ADMIN)
  @Query(() => CoalitionUserConnection)
  async users(@Args() args: PageArgs, @Context() context: GraphQLContext): Promise<CoalitionUserConnection> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.user.list', servicePage(slice));
    return toConnection(page, slice);
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => CoalitionUser)
  async updateUserRole(
    @Args('input') input: UpdateUserRoleInput,
    @Context() context: GraphQLContext,
  ): Promise<CoalitionUser> {
    const updated = await this.services.request(context, 'membership.user.update-role', input);
    // Other gateways hear of it from the account event; this one need not wait for it.
    this.cache.forgetUser(requirePrincipal(context).tenantId, input.userId);
    return updated;
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => Boolean)
  async removeUser(
    @Args('input') input: RemoveUserInput,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.services.request(context, 'membership.user.remove', {
      userId: input.userId,
      keepTheirTokens: input.keepTheirTokens ?? false,
    });
    this.cache.forgetUser(requirePrincipal(context).tenantId, input.userId);
    return true;
  }
}
