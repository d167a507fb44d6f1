import type { MembershipRpc, RpcParsedRequest, RpcResult } from '@groundwork/contracts';

/** A membership subject's request after validation, as handlers and use cases receive it. */
export type MembershipRequest<S extends keyof MembershipRpc> = RpcParsedRequest<MembershipRpc[S]>;

/** What a membership subject answers. */
export type MembershipReply<S extends keyof MembershipRpc> = RpcResult<MembershipRpc[S]>;
