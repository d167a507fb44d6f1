import { Module } from '@nestjs/common';
import { ApiTokenRepository } from './api-tokens/api-token.repository';
import { ApiTokensRpcController } from './api-tokens/api-tokens.rpc-controller';
import { AuthenticateApiTokenUseCase } from './api-tokens/authenticate-api-token.use-case';
import { CreateApiTokenUseCase } from './api-tokens/create-api-token.use-case';
import { ListApiTokensUseCase } from './api-tokens/list-api-tokens.use-case';
import { RevokeApiTokenUseCase } from './api-tokens/revoke-api-token.use-case';
import { AuthRpcController } from './auth/auth.rpc-controller';
import { AuthorizeSessionUseCase } from './auth/authorize-session.use-case';
import { LoginUseCase } from './auth/login.use-case';
import { LogoutUseCase } from './auth/logout.use-case';
import { RefreshSessionUseCase } from './auth/refresh-session.use-case';
import { SignUpUseCase } from './auth/sign-up.use-case';
import { CoalitionFounder } from './coalitions/coalition-founder';
import { CoalitionRepository } from './coalitions/coalition.repository';
import { CreateCoalitionUseCase } from './coalitions/create-coalition.use-case';
import { membershipConfigProvider } from './config';
import { AcceptInvitationUseCase } from './invitations/accept-invitation.use-case';
import { CreateInvitationUseCase } from './invitations/create-invitation.use-case';
import { InvitationRepository } from './invitations/invitation.repository';
import { InvitationsRpcController } from './invitations/invitations.rpc-controller';
import { ListInvitationsUseCase } from './invitations/list-invitations.use-case';
import { mailerProvider } from './mail/mailer.provider';
import { SessionIssuer } from './sessions/session-issuer';
import { SessionRepository } from './sessions/session.repository';
import { ActingMember } from './users/acting-member';
import { GetUsersUseCase } from './users/get-users.use-case';
import { GetViewerUseCase } from './users/get-viewer.use-case';
import { ListUsersUseCase } from './users/list-users.use-case';
import { MembershipRepository } from './users/membership.repository';
import { OwnerRules } from './users/owner-rules';
import { PasswordHasher } from './users/password-hasher';
import { PasswordPolicy } from './users/password-policy';
import { RemoveUserUseCase } from './users/remove-user.use-case';
import { UpdateUserRoleUseCase } from './users/update-user-role.use-case';
import { UserRepository } from './users/user.repository';
import { UsersRpcController } from './users/users.rpc-controller';

/** Accounts and tenancy: coalitions, users and roles, sessions, invitations, API tokens, mail. */
@Module({
  providers: [
    membershipConfigProvider,
    mailerProvider,
    CoalitionRepository,
    UserRepository,
    MembershipRepository,
    SessionRepository,
    InvitationRepository,
    ApiTokenRepository,
    PasswordHasher,
    PasswordPolicy,
    CoalitionFounder,
    CreateCoalitionUseCase,
    SessionIssuer,
    ActingMember,
    OwnerRules,
    SignUpUseCase,
    LoginUseCase,
    RefreshSessionUseCase,
    LogoutUseCase,
    AuthorizeSessionUseCase,
    GetViewerUseCase,
    ListUsersUseCase,
    GetUsersUseCase,
    UpdateUserRoleUseCase,
    RemoveUserUseCase,
    CreateInvitationUseCase,
    ListInvitationsUseCase,
    AcceptInvitationUseCase,
    CreateApiTokenUseCase,
    RevokeApiTokenUseCase,
    ListApiTokensUseCase,
    AuthenticateApiTokenUseCase,
    AuthRpcController,
    UsersRpcController,
    InvitationsRpcController,
    ApiTokensRpcController,
  ],
})
export class AccountsModule {}
