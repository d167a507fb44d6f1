import { Injectable } from '@nestjs/common';
import {
  platformRpc,
  type PlatformRpc,
  type RpcRequest,
  type RpcResult,
  type Subject,
} from '@groundwork/contracts';
import { RpcClient, validationError } from '@groundwork/service-kit/client';
import { callContext, type GraphQLContext } from '../graphql/graphql-context';
import { badUserInput } from './graphql-errors';

/**
 * Resolvers' way to call services: checks the request against the subject's contract first (a
 * field-named BAD_USER_INPUT without a round trip), then sends it with the caller's context and, in a
 * mutation, its `Idempotency-Key` (DataLoaders' batched reads go without it).
 */
@Injectable()
export class ServiceRpc {
  constructor(private readonly rpc: RpcClient) {}

  validate<S extends Subject>(subject: S, data: RpcRequest<PlatformRpc[S]>): void {
    const parsed = platformRpc[subject].request.safeParse(data);
    if (!parsed.success) throw badUserInput(validationError(parsed.error).details?.issues ?? []);
  }

  async request<S extends Subject>(
    context: GraphQLContext,
    subject: S,
    data: RpcRequest<PlatformRpc[S]>,
  ): Promise<RpcResult<PlatformRpc[S]>> {
    this.validate(subject, data);
    const { idempotencyKey } = context;
    return this.rpc.request(subject, data, {
      context: { ...callContext(context), ...(idempotencyKey ? { idempotencyKey } : {}) },
    });
  }
}
