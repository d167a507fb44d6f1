import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ActorType, type AuthResultDto } from '@groundwork/contracts';
import { forbidden } from '../common/graphql-errors';
import { ServiceRpc } from '../common/service-rpc';
import { requirePrincipal, type GraphQLContext } from '../graphql/graphql-context';
import { AccessTokens } from './access-tokens';
import { AcceptInvitationInput, LoginInput, RefreshSessionInput, SignUpInput } from './auth.input';
import { AuthPayload, Viewer } from './auth.model';
import { LoginRateLimiter, loginAccountKey } from './login-rate-limiter';
import { MinRole } from './min-role.decorator';
import { Public } from './public.decorator';
import { Role } from './role';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly accessTokens: AccessTokens,
    private readonly loginRateLimiter: LoginRateLimiter,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates a coalition and its first user, its OWNER.' })
  async signUp(@Args('input') input: SignUpInput, @Context() context: GraphQLContext): Promise<AuthPayload> {
    return this.payload(await this.services.request(context, 'membership.auth.sign-up', input));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @Context() context: GraphQLContext): Promise<AuthPayload> {
    this.services.validate('membership.auth.login', input);
    const account = loginAccountKey(input.email, input.coalitionSlug);
    await this.loginRateLimiter.attempt(account, context.clientAddress);
    const result = await this.services.request(context, 'membership.auth.login', input);
    await this.loginRateLimiter.succeeded(account, context.clientAddress);
    return this.payload(result);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Trades a refresh token for new tokens; the old refresh token stops working.',
  })
  async refreshSession(
    @Args('input') input: RefreshSessionInput,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayload> {
    return this.payload(await this.services.request(context, 'membership.auth.refresh', input));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayload> {
    return this.payload(await this.services.request(context, 'membership.auth.accept-invitation', input));
  }

  @MinRole(Role.VIEWER)
  @Mutation(() => Boolean, {
    description:
      'Ends the session: its refresh token stops working. Access tokens already issued expire on their own.',
  })
  async logout(@Context() context: GraphQLContext): Promise<boolean> {
    const { sessionId } = requirePrincipal(context);
    if (!sessionId) throw forbidden('API tokens have no session to end; revoke the token instead');
    await this.services.request(context, 'membership.auth.logout', { sessionId });
    return true;
  }

  @MinRole(Role.VIEWER)
  @Query(() => Viewer)
  async me(@Context() context: GraphQLContext): Promise<Viewer> {
    const principal = requirePrincipal(context);
    const isUser = principal.actor.type === ActorType.USER;
    const viewer = await this.services.request(context, 'membership.viewer.get', {
      userId: isUser ? principal.actor.id : null,
    });
    // A token's role is the one the gateway grants it from its scopes.
    return isUser ? viewer : { ...viewer, role: principal.role };
  }

  private async payload(result: AuthResultDto): Promise<AuthPayload> {
    const access = await this.accessTokens.issue({
      userId: result.user.id,
      tenantId: result.coalition.id,
      role: result.role,
      sessionId: result.session.id,
    });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken: result.session.refreshToken,
      user: result.user,
      coalition: result.coalition,
      role: result.role,
    };
  }
}
