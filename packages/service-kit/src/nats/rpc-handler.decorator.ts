import { SetMetadata } from '@nestjs/common';
import type { PlatformRpc, RpcParsedRequest, RpcResult, Subject } from '@groundwork/contracts';

export const RPC_HANDLER = 'groundwork:rpc-handler';

/** What a handler of subject `S` receives: the request after its contract's schema parsed it. */
export type RpcHandlerRequest<S extends Subject> = RpcParsedRequest<PlatformRpc[S]>;

/** What a handler of subject `S` must answer: the output type of its contract's reply schema. */
export type RpcHandlerReply<S extends Subject> = RpcResult<PlatformRpc[S]>;

/** The method shape a subject admits; a handler may leave out the request when it needs none. */
export type RpcHandlerMethod<S extends Subject> = (
  request: RpcHandlerRequest<S>,
) => RpcHandlerReply<S> | Promise<RpcHandlerReply<S>>;

/**
 * Marks a controller method as the handler of one request-reply subject from contracts. The subject
 * fixes the method's type: a parameter or a reply that does not match the subject's request and reply
 * schemas does not compile, and a subject that no contract names does not either.
 */
export function RpcHandler<S extends Subject>(subject: S) {
  return <M extends RpcHandlerMethod<S>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void => {
    SetMetadata(RPC_HANDLER, subject)(target, key, descriptor);
  };
}
