import { TEST_JWT_SECRET, startPlatform } from '@groundwork/testing';
import { findPids } from './cpu';
import type { BenchEnv } from './env';

/** A process of services.json, by name. */
export type Service = string;

export interface BenchPlatform {
  graphqlUrl: string;
  metricsUrl: string;
  namespace: string;
  /** The gateway signs access JWTs with this; the baseline verifies with it. */
  jwtSecret: string;
  /** Pids of one service of this platform (found by its namespace), for CPU accounting. */
  pids(service: Service): number[];
  stop(): Promise<void>;
}

/**
 * Every process of services.json (the domain services and the gateway) as child processes in a NATS namespace of their own
 * (`startPlatform` from @groundwork/testing), configured as in production apart from quieter logs.
 */
export async function startBenchPlatform(env: BenchEnv, poolSize: number): Promise<BenchPlatform> {
  const platform = await startPlatform({
    allowNonTestDatabase: true,
    env: {
      APP_DATABASE_URL: env.appDatabaseUrl,
      OWNER_DATABASE_URL: env.ownerDatabaseUrl,
      NATS_URL: env.natsUrl,
      NODE_ENV: 'production',
      // Request logs at info would put the gateway path at a disadvantage the baseline does not have.
      LOG_LEVEL: 'warn',
      DATABASE_POOL_SIZE: String(poolSize),
    },
  });
  return {
    graphqlUrl: `${platform.url}/graphql`,
    metricsUrl: `${platform.url}/metrics`,
    namespace: platform.namespace,
    jwtSecret: TEST_JWT_SECRET,
    pids: (service) =>
      findPids({
        commandLine: `apps/${service}/dist/main.js`,
        environment: `NATS_NAMESPACE=${platform.namespace}`,
      }),
    stop: () => platform.stop(),
  };
}
