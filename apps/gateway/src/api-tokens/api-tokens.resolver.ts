import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ApiTokenDto } from '@groundwork/contracts';
import { AuthorizationCache } from '../auth/authorization-cache';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { ConnectionShape } from '../common/connection.model';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CoalitionUser } from '../users/user.model';
import { CreateApiTokenInput, RevokeApiTokenInput } from './api-token.input';
import { ApiToken, ApiTokenConnection, CreateApiTokenPayload } from './api-token.model';

@Resolver(() => ApiToken)
export class ApiTokensResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly cache: AuthorizationCache,
  ) {}

  @MinRole(Role.ADMIN)
  @Query(() => ApiTokenConnection, { description: 'Revoked ones included, newest first.' })
  async apiTokens(
    @Args() args: PageArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<ApiTokenDto>> {
    const slice = pageSlice(args);
    return toConnection(
      await this.services.request(context, 'membership.api-token.list', servicePage(slice)),
      slice,
    );
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => CreateApiTokenPayload)
  createApiToken(
    @Args('input') input: CreateApiTokenInput,
    @Context() context: GraphQLContext,
  ): Promise<{ token: string; apiToken: ApiTokenDto }> {
    return this.services.request(context, 'membership.api-token.create', input);
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => ApiToken)
  async revokeApiToken(
    @Args('input') input: RevokeApiTokenInput,
    @Context() context: GraphQLContext,
  ): Promise<ApiTokenDto> {
    const revoked = await this.services.request(context, 'membership.api-token.revoke', input);
    // Other gateways hear of it from the api-token.revoked event.
    this.cache.forgetApiToken(revoked.id);
    return revoked;
  }

  @MinRole(Role.ADMIN)
  @ResolveField('createdBy', () => CoalitionUser, { nullable: true })
  createdBy(
    @Parent() apiToken: ApiTokenDto,
    @Context() context: GraphQLContext,
  ): Promise<CoalitionUser | null> {
    return apiToken.createdBy ? context.loaders.user.load(apiToken.createdBy) : Promise.resolve(null);
  }
}
