import { Injectable } from '@nestjs/common';
import { RpcClient, TenantContext } from '@groundwork/service-kit';
import type { Request } from 'express';
import { createPersonLoader } from '../people/people.loaders';
import { createUserLoader } from '../users/users.loaders';
import { callContext, type GraphQLContext } from './graphql-context';

/** Builds each request's context, with fresh DataLoaders so no cache outlives its request. */
@Injectable()
export class GraphQLContextFactory {
  constructor(
    private readonly rpc: RpcClient,
    private readonly tenantContext: TenantContext,
  ) {}

  create(request: Request): GraphQLContext {
    const context: GraphQLContext = {
      // Set for every HTTP request by CorrelationMiddleware.
      correlationId: this.tenantContext.correlationId(),
      clientAddress: request.ip ?? request.socket.remoteAddress ?? 'unknown',
      authorization: request.headers.authorization,
      auth: {},
      loaders: {
        person: createPersonLoader(this.rpc, () => callContext(context)),
        user: createUserLoader(this.rpc, () => callContext(context)),
      },
    };
    return context;
  }
}
