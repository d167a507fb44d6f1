import { Module, type DynamicModule } from '@nestjs/common';
import { healthRpc, type RpcDefinition } from '@groundwork/contracts';
import type { EntitySchema } from 'typeorm';
import { databaseEnvSchema, loadConfig, serviceEnvSchema, serviceScopedEnv } from './config/load-config';
import { ContextModule } from './context/context.module';
import { DatabaseModule } from './database/database.module';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { IDEMPOTENCY_SCHEMA, IdempotentReplies } from './idempotency/idempotent-replies';
import { NatsModule } from './nats/nats.module';
import { OutboxModule } from './outbox/outbox.module';

export interface ServiceKitOptions {
  /** Service name: NATS queue group, health subject, log field. */
  service: string;
  /** The service's Postgres schema. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Array<Function | EntitySchema>;
  /** The request-reply subjects this service answers. */
  serves: Record<string, RpcDefinition>;
  /** The stream this service publishes its outbox to, if it publishes events. */
  publishes?: { name: string; subjects: string[] };
  /** Whether this service runs `EventConsumer`s. */
  consumes?: boolean;
  /**
   * Whether writes sent with an `Idempotency-Key` run once (the schema needs `idempotencyKeysTable`).
   * A service without it runs every request it receives.
   */
  idempotentWrites?: boolean;
}

/** Everything a domain service needs, wired one way: context, NATS, database, outbox, consumers, health. */
@Module({})
export class ServiceKitModule {
  static forService(options: ServiceKitOptions): DynamicModule {
    const env = loadConfig(
      serviceEnvSchema.extend(databaseEnvSchema.shape),
      serviceScopedEnv(options.service),
    );
    return {
      module: ServiceKitModule,
      imports: [
        ContextModule,
        NatsModule.forRoot({
          serviceName: options.service,
          url: env.NATS_URL,
          namespace: env.NATS_NAMESPACE,
          rpcTimeoutMs: env.RPC_TIMEOUT_MS,
          serves: { ...options.serves, ...healthRpc(options.service) },
          validateReplies: env.NODE_ENV === 'test',
        }),
        DatabaseModule.forService({
          url: env.APP_DATABASE_URL,
          schema: options.schema,
          entities: options.entities,
          poolSize: env.DATABASE_POOL_SIZE,
          applicationName: options.service,
        }),
        ...(options.publishes
          ? [
              OutboxModule.forService({
                schema: options.schema,
                stream: options.publishes,
                databaseUrl: env.APP_DATABASE_URL,
              }),
            ]
          : []),
        ...(options.consumes ? [EventsModule.forService({ schema: options.schema })] : []),
        HealthModule.forService(options.service, { overNats: true }),
      ],
      providers: options.idempotentWrites
        ? [IdempotentReplies, { provide: IDEMPOTENCY_SCHEMA, useValue: options.schema }]
        : [],
    };
  }
}
