import { Injectable } from '@nestjs/common';
import { RpcClient } from '@groundwork/service-kit/client';
import type { Request } from 'express';
import { correlationIdOf } from '../http/correlation-id';
import { createPersonLoader } from '../people/people.loaders';
import { createUserLoader } from '../users/users.loaders';
import { callContext, type GraphQLContext } from './graphql-context';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key';

/** Builds each request's context, with fresh DataLoaders so no cache outlives its request. */
@Injectable()
export class GraphQLContextFactory {
  constructor(private readonly rpc: RpcClient) {}

  create(request: Request): GraphQLContext {
    const context: GraphQLContext = {
      correlationId: correlationIdOf(request),
      clientAddress: request.ip ?? request.socket.remoteAddress ?? 'unknown',
      authorization: request.headers.authorization,
      idempotencyKey: request.get(IDEMPOTENCY_KEY_HEADER),
      auth: {},
      loaders: {
        person: createPersonLoader(this.rpc, () => callContext(context)),
        user: createUserLoader(this.rpc, () => callContext(context)),
      },
    };
    return context;
  }
}
