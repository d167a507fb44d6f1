/**
 * The baseline: one Node process answering the gateway's `person` and `people` queries straight from
 * Postgres (NestJS + Apollo, code first, like the gateway, but no NATS hop and no service behind it).
 * Run as a child process by the benchmark, so it never shares an event loop with the load generator.
 *
 * Environment: APP_DATABASE_URL (groundwork_app), JWT_SECRET (the gateway's), BASELINE_POOL_SIZE.
 * Reports `{ type: 'ready', port }` over IPC once listening on 127.0.0.1.
 */
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { Pool } from 'pg';
import { AccessTokenVerifier, type BaselineContext } from './auth';
import { PeopleResolver } from './people.resolver';
import { PeopleStore } from './people.store';

export interface BaselineReady {
  type: 'ready';
  port: number;
}

@Module({})
class BaselineModule {
  static forRoot(store: PeopleStore, tokens: AccessTokenVerifier): DynamicModule {
    return {
      module: BaselineModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          context: ({ req }: { req: Request }): BaselineContext => ({
            authorization: req.headers.authorization,
          }),
        }),
      ],
      providers: [
        { provide: PeopleStore, useValue: store },
        { provide: AccessTokenVerifier, useValue: tokens },
        PeopleResolver,
      ],
    };
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

async function main(): Promise<void> {
  const pool = new Pool({
    connectionString: required('APP_DATABASE_URL'),
    max: Number(process.env.BASELINE_POOL_SIZE ?? 10),
    application_name: 'bench-baseline',
  });
  const app = await NestFactory.create(
    BaselineModule.forRoot(new PeopleStore(pool), new AccessTokenVerifier(required('JWT_SECRET'))),
    {
      logger: ['error', 'warn'],
    },
  );
  await app.listen(0, '127.0.0.1');
  const port = Number(new URL(await app.getUrl()).port);

  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await app.close().catch(() => undefined);
    await pool.end().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void close());
  process.on('SIGINT', () => void close());
  // Never outlive the benchmark that started it.
  process.on('disconnect', () => void close());

  const ready: BaselineReady = { type: 'ready', port };
  process.send?.(ready);
}

main().catch((error: unknown) => {
  console.error('baseline server failed:', error);
  process.exit(1);
});
