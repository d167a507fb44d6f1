import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ActorType, ErrorCode, type AuthResultDto } from '@groundwork/contracts';
import { RpcError } from '@groundwork/service-kit/client';
import { forbidden } from '../common/graphql-errors';
import { ServiceRpc } from '../common/service-rpc';
import { requirePrincipal, type GraphQLContext } from '../graphql/graphql-context';
import { AccessTokens } from './access-tokens';
import { AuthorizationCache } from './authorization-cache';
import {
  AcceptInvitationInput,
  CreateCoalitionInput,
  LoginInput,
  RefreshSessionInput,
  SignUpInput,
} from './auth.input';
import { AuthPayload, Viewer } from './auth.model';
import { LoginRateLimiter, loginAccountKey, signUpAccountKey } from './login-rate-limiter';
import { MinRole } from './min-role.decorator';
import { Public } from './public.decorator';
import { Role } from './role';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly accessTokens: AccessTokens,
    private readonly loginRateLimiter: LoginRateLimiter,
    private readonly cache: AuthorizationCache,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Creates an account, a coalition and its first user, its OWNER. An email that already has an account is refused (CONFLICT on `email`) whatever the password: sign in and use `createCoalition` instead.',
  })
  async signUp(@Args('input') input: SignUpInput, @Context() context: GraphQLContext): Promise<AuthPayload> {
    this.services.validate('membership.auth.sign-up', input);
    // Limited like login: each attempt at a known email is one more probe of who has an account.
    const account = signUpAccountKey(input.email);
    await this.loginRateLimiter.attempt(account, context.clientAddress);
    const generation = this.cache.begin();
    const result = await this.services
      .request(context, 'membership.auth.sign-up', input)
      .catch((error: unknown) => this.refused(error, account, context, ErrorCode.CONFLICT));
    await this.loginRateLimiter.succeeded(account, context.clientAddress);
    return this.payload(result, generation);
  }

  @MinRole(Role.VIEWER)
  @Mutation(() => AuthPayload, {
    description:
      'Starts another coalition with the signed-in user as its OWNER, and signs them in to it. The way an existing account founds a coalition.',
  })
  async createCoalition(
    @Args('input') input: CreateCoalitionInput,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayload> {
    if (requirePrincipal(context).actor.type !== ActorType.USER) {
      throw forbidden('only a signed-in user can start a coalition');
    }
    const generation = this.cache.begin();
    return this.payload(
      await this.services.request(context, 'membership.coalition.create', input),
      generation,
    );
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @Context() context: GraphQLContext): Promise<AuthPayload> {
    this.services.validate('membership.auth.login', input);
    const account = loginAccountKey(input.email, input.coalitionSlug);
    await this.loginRateLimiter.attempt(account, context.clientAddress);
    const generation = this.cache.begin();
    const result = await this.services
      .request(context, 'membership.auth.login', input)
      .catch((error: unknown) => this.refused(error, account, context, ErrorCode.UNAUTHENTICATED));
    await this.loginRateLimiter.succeeded(account, context.clientAddress);
    return this.payload(result, generation);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Trades a refresh token for new tokens; the old refresh token stops working.',
  })
  async refreshSession(
    @Args('input') input: RefreshSessionInput,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayload> {
    const generation = this.cache.begin();
    return this.payload(await this.services.request(context, 'membership.auth.refresh', input), generation);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayload> {
    const generation = this.cache.begin();
    return this.payload(
      await this.services.request(context, 'membership.auth.accept-invitation', input),
      generation,
    );
  }

  @MinRole(Role.VIEWER)
  @Mutation(() => Boolean, {
    description: 'Ends the session: its refresh token and the access tokens issued with it stop working.',
  })
  async logout(@Context() context: GraphQLContext): Promise<boolean> {
    const { sessionId } = requirePrincipal(context);
    if (!sessionId) throw forbidden('API tokens have no session to end; revoke the token instead');
    await this.services.request(context, 'membership.auth.logout', { sessionId });
    // Other gateways hear of it from the session.ended event.
    this.cache.forgetSession(sessionId);
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

  /** A refusal with `code` counts as a failed attempt, whose wait starts now; the error goes on. */
  private refused(error: unknown, account: string, context: GraphQLContext, code: ErrorCode): never {
    if (error instanceof RpcError && error.code === code)
      this.loginRateLimiter.failed(account, context.clientAddress);
    throw error;
  }

  /** Signs the access token; the session just issued is live with this role, so the cache starts with it. */
  private async payload(result: AuthResultDto, generation: number): Promise<AuthPayload> {
    this.cache.rememberSession(generation, result.session.id, {
      tenantId: result.coalition.id,
      userId: result.user.id,
      role: result.role,
    });
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
