import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, type GqlContextType } from '@nestjs/graphql';
import { noteErrorCorrelation } from './error-correlation';
import type { GraphQLContext } from './graphql-context';

/**
 * Hands resolver and guard errors to Apollo as they are, noting the request's correlation id for
 * `GraphQLErrorFormatter` (Apollo's formatError sees no context); the formatter maps them and logs
 * only the unexpected ones, where Nest's default handler would log every refusal as an error.
 * HTTP routes keep Nest's default handling.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') {
      const context = GqlArgumentsHost.create(host).getContext<GraphQLContext | undefined>();
      if (context) noteErrorCorrelation(exception, context.correlationId);
      return exception;
    }
    return super.catch(exception, host);
  }
}
