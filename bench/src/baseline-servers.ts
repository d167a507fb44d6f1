import { join } from 'node:path';
import { startBaseline, startServerProcess, type BaselineProcess } from './baseline/process';
import type { BenchEnv } from './env';

/** The baselines of the reads, each its own process(es) on the same rows, role and pool size as membership. */
export const BASELINES = ['nest', 'plain', 'federation'] as const;

export interface BaselineServers {
  /** NestJS + @nestjs/apollo straight on pg (issue 2). */
  nest: BaselineProcess;
  /** @apollo/server alone on pg, pipelined (issue 10). */
  plain: BaselineProcess;
  /** @apollo/gateway in front of `subgraph` (issue 10). */
  federation: BaselineProcess;
  /** The federation baseline's one subgraph on pg, pipelined. */
  subgraph: BaselineProcess;
}

/** Starts every baseline server; each is also stopped by `cleanup` if the run ends early. */
export async function startBaselineServers(
  env: BenchEnv,
  jwtSecret: string,
  poolSize: number,
  onStarted: (name: string, server: BaselineProcess) => void,
): Promise<BaselineServers> {
  const database = { APP_DATABASE_URL: env.appDatabaseUrl, JWT_SECRET: jwtSecret };
  const started = <T extends BaselineProcess>(name: string, server: T): T => {
    onStarted(name, server);
    return server;
  };
  const script = (name: string) => join(__dirname, 'apollo-baselines', `${name}.server.js`);
  const pool = { BASELINE_POOL_SIZE: String(poolSize) };
  const nest = started('the Nest baseline', await startBaseline({ ...database, poolSize }));
  const plain = started(
    'the plain Apollo baseline',
    await startServerProcess(script('plain-apollo'), { ...database, ...pool }),
  );
  const subgraph = started(
    'the federation subgraph',
    await startServerProcess(script('subgraph'), { ...database, ...pool }),
  );
  const federation = started(
    'the federation gateway',
    await startServerProcess(script('federation-gateway'), { SUBGRAPH_URL: subgraph.url }),
  );
  return { nest, plain, federation, subgraph };
}

export async function stopBaselineServers(servers: BaselineServers): Promise<void> {
  for (const server of [servers.federation, servers.subgraph, servers.plain, servers.nest])
    await server.stop();
}
