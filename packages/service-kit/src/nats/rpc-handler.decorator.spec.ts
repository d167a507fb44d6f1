import type { ApiTokenDto } from '@groundwork/contracts';
import {
  RPC_HANDLER,
  RpcHandler,
  type RpcHandlerReply,
  type RpcHandlerRequest,
} from './rpc-handler.decorator';

// Type-level checks: `npm run typecheck` compiles this file, and each `@ts-expect-error` fails the
// typecheck if the line below it ever compiles, i.e. if the subject stopped binding the handler's type.

const apiToken = {} as ApiTokenDto;

class MatchingHandlers {
  @RpcHandler('membership.api-token.revoke')
  revoke(request: RpcHandlerRequest<'membership.api-token.revoke'>): Promise<ApiTokenDto> {
    return Promise.resolve({ ...apiToken, id: request.id });
  }

  /** A handler may ignore its request, and may answer without a promise. */
  @RpcHandler('membership.api-token.list')
  list(): RpcHandlerReply<'membership.api-token.list'> {
    return { items: [apiToken], totalCount: 1, hasNextPage: false, endCursor: null };
  }
}

class MismatchedHandlers {
  // @ts-expect-error the reply is one token, the subject answers a page of them
  @RpcHandler('membership.api-token.list')
  listOne(): Promise<ApiTokenDto> {
    return Promise.resolve(apiToken);
  }

  // @ts-expect-error the request of revoke has `id`, not `tokenId`
  @RpcHandler('membership.api-token.revoke')
  revokeByTokenId(request: { tokenId: string }): Promise<ApiTokenDto> {
    return Promise.resolve({ ...apiToken, id: request.tokenId });
  }

  // @ts-expect-error the request is an object, not a bare id
  @RpcHandler('membership.person.archive')
  archive(id: string): Promise<never> {
    return Promise.reject(new Error(id));
  }

  // @ts-expect-error a subject no contract names
  @RpcHandler('membership.api-token.rotate')
  rotate(): Promise<ApiTokenDto> {
    return Promise.resolve(apiToken);
  }
}

describe('@RpcHandler', () => {
  it('records its subject on the method for the RpcServer to find', () => {
    const subject: unknown = Reflect.getMetadata(RPC_HANDLER, MatchingHandlers.prototype.revoke);
    expect(subject).toBe('membership.api-token.revoke');
    expect(Reflect.getMetadata(RPC_HANDLER, MismatchedHandlers.prototype.listOne)).toBe(
      'membership.api-token.list',
    );
  });
});
