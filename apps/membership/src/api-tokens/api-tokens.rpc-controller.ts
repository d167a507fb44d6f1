import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { AuthenticateApiTokenUseCase } from './authenticate-api-token.use-case';
import { CreateApiTokenUseCase } from './create-api-token.use-case';
import { ListApiTokensUseCase } from './list-api-tokens.use-case';
import { RevokeApiTokenUseCase } from './revoke-api-token.use-case';

@Injectable()
export class ApiTokensRpcController {
  constructor(
    private readonly createApiToken: CreateApiTokenUseCase,
    private readonly revokeApiToken: RevokeApiTokenUseCase,
    private readonly listApiTokens: ListApiTokensUseCase,
    private readonly authenticateApiToken: AuthenticateApiTokenUseCase,
  ) {}

  @RpcHandler('membership.api-token.create')
  onCreate(
    input: MembershipRequest<'membership.api-token.create'>,
  ): Promise<MembershipReply<'membership.api-token.create'>> {
    return this.createApiToken.execute(input);
  }

  @RpcHandler('membership.api-token.revoke')
  onRevoke(
    input: MembershipRequest<'membership.api-token.revoke'>,
  ): Promise<MembershipReply<'membership.api-token.revoke'>> {
    return this.revokeApiToken.execute(input);
  }

  @RpcHandler('membership.api-token.list')
  onList(
    input: MembershipRequest<'membership.api-token.list'>,
  ): Promise<MembershipReply<'membership.api-token.list'>> {
    return this.listApiTokens.execute(input);
  }

  @RpcHandler('membership.auth.authenticate-api-token')
  onAuthenticate(
    input: MembershipRequest<'membership.auth.authenticate-api-token'>,
  ): Promise<MembershipReply<'membership.auth.authenticate-api-token'>> {
    return this.authenticateApiToken.execute(input);
  }
}
