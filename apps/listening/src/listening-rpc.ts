import type { ListeningRpc, RpcParsedRequest, RpcResult } from '@groundwork/contracts';

/** A listening subject's request as it arrives (validated and parsed) and its reply. */
export type ListeningRequest<S extends keyof ListeningRpc> = RpcParsedRequest<ListeningRpc[S]>;
export type ListeningReply<S extends keyof ListeningRpc> = RpcResult<ListeningRpc[S]>;
