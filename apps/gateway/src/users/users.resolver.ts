import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CoalitionUser, CoalitionUserConnection } from './user.model';
import { RemoveUserInput, UpdateUserRoleInput } from './users.input';

@Resolver(() => CoalitionUser)
export class UsersResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.ADMIN)
  @Query(() => CoalitionUserConnection)
  async users(@Args() args: PageArgs, @Context() context: GraphQLContext): Promise<CoalitionUserConnection> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.user.list', servicePage(slice));
    return toConnection(page, slice);
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => CoalitionUser)
  updateUserRole(
    @Args('input') input: UpdateUserRoleInput,
    @Context() context: GraphQLContext,
  ): Promise<CoalitionUser> {
    return this.services.request(context, 'membership.user.update-role', input);
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => Boolean)
  async removeUser(
    @Args('input') input: RemoveUserInput,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.services.request(context, 'membership.user.remove', input);
    return true;
  }
}
