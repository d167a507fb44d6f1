import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ApiTokenDto } from '@groundwork/contracts';
import { AuthorizationCache } from '../auth/authorization-cache';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CoalitionUser } from '../users/user.model';
import { CreateApiTokenInput, RevokeApiTokenInput } from './api-token.input';
import { ApiToken, CreateApiTokenPayload } from './api-token.model';

@Resolver(() => ApiToken)
export class ApiTokensResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly cache: AuthorizationCache,
  ) {}

  @MinRole(Role.ADMIN)
  @Query(() => [ApiToken])
  apiTokens(@Context() context: GraphQLContext): Promise<ApiTokenDto[]> {
    return this.services.request(context, 'membership.api-token.list', {});
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
