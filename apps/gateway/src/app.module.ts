import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { HealthService, NatsClientModule } from '@groundwork/service-kit/client';
import { AccessTokens } from './auth/access-tokens';
import { AccountEventsSubscriber } from './auth/account-events.subscriber';
import { AuthGuard } from './auth/auth.guard';
import { AuthorizationCache } from './auth/authorization-cache';
import { HttpAuthenticator } from './imports/http-authenticator';
import { Authenticator } from './auth/authenticator';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import { ServiceRpc } from './common/service-rpc';
import { GATEWAY_CONFIG, type GatewayConfig } from './config';
import { GraphQLErrorFormatter } from './graphql/error-formatter';
import { GraphQLContextFactory } from './graphql/graphql-context.factory';
import { GraphQLExceptionFilter } from './graphql/graphql-exception.filter';
import { GraphQLOptionsFactory } from './graphql/graphql-options.factory';
import { GraphQLRequestCounter } from './graphql/graphql-request-counter';
import { CorrelationMiddleware } from './http/correlation.middleware';
import { HealthController } from './http/health.controller';
import { MetricsController } from './http/metrics.controller';
import { resolvers } from './resolvers';
import { ImportsHttpModule } from './imports/imports-http.module';
import { SegmentsHttpModule } from './segments/segments-http.module';

export const GATEWAY = 'gateway';

/** Everything the gateway needs in the request path; shared by the GraphQL module and the app. */
@Module({})
class GatewayCoreModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    const providers = [
      { provide: GATEWAY_CONFIG, useValue: config },
      // One per process: the HTTP modules' authenticators share it with GraphQL's.
      AuthorizationCache,
      GraphQLContextFactory,
      GraphQLErrorFormatter,
      GraphQLRequestCounter,
    ];
    return { module: GatewayCoreModule, global: true, providers, exports: providers };
  }
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // A pure client: the gateway asks services and answers nothing over NATS. It keeps no
        // async-local context; each call's context is passed explicitly (see http/correlation-id.ts).
        NatsClientModule.forRoot({
          serviceName: GATEWAY,
          url: config.NATS_URL,
          namespace: config.NATS_NAMESPACE,
          rpcTimeoutMs: config.RPC_TIMEOUT_MS,
        }),
        GatewayCoreModule.forRoot(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          useClass: GraphQLOptionsFactory,
        }),
        ImportsHttpModule,
        SegmentsHttpModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: GraphQLExceptionFilter },
        HealthService,
        AccountEventsSubscriber,
        AccessTokens,
        Authenticator,
        HttpAuthenticator,
        LoginRateLimiter,
        ServiceRpc,
        ...resolvers,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationMiddleware).forRoutes('{*path}');
  }
}
