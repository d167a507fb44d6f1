import { Inject, Injectable } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GqlOptionsFactory } from '@nestjs/graphql';
import type { Request } from 'express';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import type { ApolloPlugin } from './apollo-plugin';
import { GraphQLContextFactory } from './graphql-context.factory';
import { graphqlArmor, queryCostLimit } from './graphql-limits';
import { GraphQLErrorFormatter } from './error-formatter';
import { GraphQLRequestCounter } from './graphql-request-counter';
import { idempotencyKey } from './idempotency-key';
import { unavailableStatus } from './unavailable-status';

@Injectable()
export class GraphQLOptionsFactory implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly contextFactory: GraphQLContextFactory,
    private readonly errorFormatter: GraphQLErrorFormatter,
    private readonly requestCounter: GraphQLRequestCounter,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    const armor = graphqlArmor({ production: this.config.production });
    return {
      path: '/graphql',
      // Built in memory from the resolvers; the committed schema.gql comes from print-schema.ts.
      autoSchemaFile: true,
      sortSchema: true,
      introspection: this.config.introspection,
      graphiql: this.config.introspection,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      includeStacktraceInErrorResponses: false,
      // Nest would reset every response with `data` to 200; `unavailableStatus` answers 503 on purpose.
      preserveHttpStatusForExecutionErrors: false,
      // Guards and the exception filter run on @ResolveField handlers too, like on root fields.
      fieldResolverEnhancers: ['guards', 'filters'],
      validationRules: armor.validationRules,
      plugins: [
        ...armor.plugins,
        queryCostLimit(),
        this.requestCounter.plugin(),
        // No type here has cache hints, and Apollo's cache-control plugin alone made it wrap every
        // field's resolver (a `willResolveField` hook per field of every response).
        // (Typed against @apollo/server's CommonJS build, like graphql-armor's: see graphql-limits.ts.)
        ApolloServerPluginCacheControlDisabled() as ApolloPlugin,
        idempotencyKey(),
        unavailableStatus(),
      ],
      context: ({ req }: { req: Request }) => this.contextFactory.create(req),
      formatError: (formatted, error) => this.errorFormatter.format(formatted, error),
    };
  }
}
