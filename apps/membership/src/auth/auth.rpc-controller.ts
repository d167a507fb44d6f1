import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import { CreateCoalitionUseCase } from '../coalitions/create-coalition.use-case';
import { AcceptInvitationUseCase } from '../invitations/accept-invitation.use-case';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { AuthorizeSessionUseCase } from './authorize-session.use-case';
import { LoginUseCase } from './login.use-case';
import { LogoutUseCase } from './logout.use-case';
import { RefreshSessionUseCase } from './refresh-session.use-case';
import { SignUpUseCase } from './sign-up.use-case';

@Injectable()
export class AuthRpcController {
  constructor(
    private readonly signUp: SignUpUseCase,
    private readonly login: LoginUseCase,
    private readonly refreshSession: RefreshSessionUseCase,
    private readonly logout: LogoutUseCase,
    private readonly acceptInvitation: AcceptInvitationUseCase,
    private readonly authorizeSession: AuthorizeSessionUseCase,
    private readonly createCoalition: CreateCoalitionUseCase,
  ) {}

  @RpcHandler('membership.auth.sign-up')
  onSignUp(
    input: MembershipRequest<'membership.auth.sign-up'>,
  ): Promise<MembershipReply<'membership.auth.sign-up'>> {
    return this.signUp.execute(input);
  }

  @RpcHandler('membership.auth.login')
  onLogin(
    input: MembershipRequest<'membership.auth.login'>,
  ): Promise<MembershipReply<'membership.auth.login'>> {
    return this.login.execute(input);
  }

  @RpcHandler('membership.auth.refresh')
  onRefresh(
    input: MembershipRequest<'membership.auth.refresh'>,
  ): Promise<MembershipReply<'membership.auth.refresh'>> {
    return this.refreshSession.execute(input);
  }

  @RpcHandler('membership.auth.logout')
  onLogout(
    input: MembershipRequest<'membership.auth.logout'>,
  ): Promise<MembershipReply<'membership.auth.logout'>> {
    return this.logout.execute(input);
  }

  @RpcHandler('membership.auth.session')
  onSession(
    input: MembershipRequest<'membership.auth.session'>,
  ): Promise<MembershipReply<'membership.auth.session'>> {
    return this.authorizeSession.execute(input);
  }

  @RpcHandler('membership.coalition.create')
  onCreateCoalition(
    input: MembershipRequest<'membership.coalition.create'>,
  ): Promise<MembershipReply<'membership.coalition.create'>> {
    return this.createCoalition.execute(input);
  }

  @RpcHandler('membership.auth.accept-invitation')
  onAcceptInvitation(
    input: MembershipRequest<'membership.auth.accept-invitation'>,
  ): Promise<MembershipReply<'membership.auth.accept-invitation'>> {
    return this.acceptInvitation.execute(input);
  }
}
