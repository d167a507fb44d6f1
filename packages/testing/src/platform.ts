import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { natsConnectOptions, registryRoot, serviceRegistry } from '@groundwork/service-kit/client';
import { connect } from '@nats-io/transport-node';
import { serviceAccessList, serviceEnvName } from './service-access';
import { serviceNodeOptions } from './service-node-options';
import { deleteNamespaceStreams } from './streams';
import { assertTestDatabase } from './test-env';

/** The JWT_SECRET the platform's gateway signs with, so tests can forge and expire tokens on purpose. */
export const TEST_JWT_SECRET = 'groundwork-test-jwt-secret-0123456789abcdef';
/** The bearer token the platform's gateway asks for on `/metrics`. */
export const TEST_METRICS_TOKEN = 'groundwork-test-metrics-token-0123456789abcdef';

/**
 * As long as `npm start` waits when STARTUP_TIMEOUT (seconds) says so; generous otherwise, since on a
 * loaded machine (several test runs on two cores) loading a service took over 25 s.
 */
const HEALTH_TIMEOUT_MS = (Number(process.env.STARTUP_TIMEOUT) || 90) * 1000;
const STOP_TIMEOUT_MS = 10_000;
const OUTPUT_KEPT = 20_000;

export interface PlatformOptions {
  /** Lets the benchmark run against a database whose name does not say "test". */
  allowNonTestDatabase?: boolean;
  /** Extra environment for every service. */
  env?: NodeJS.ProcessEnv;
}

export interface Platform {
  /** The gateway's base URL, e.g. http://127.0.0.1:40123 (GraphQL at `${url}/graphql`). */
  url: string;
  gatewayPort: number;
  namespace: string;
  /** What every process has written lately (the tail of its stdout and stderr), to check logs. */
  logs(): string;
  stop(): Promise<void>;
  /**
   * Signals one service's process, for tests of outages: `SIGSTOP` freezes it (requests reach it and
   * wait unanswered), `SIGCONT` lets it go on, `SIGKILL` kills it.
   */
  signal(service: string, signal: NodeJS.Signals): void;
  /** Starts a service again on its port (after it was killed) and waits until it is healthy. */
  restart(service: string): Promise<void>;
}

interface RunningService {
  service: string;
  port: number;
  child: ChildProcess;
  /** The tail of the child's stderr and stdout, to explain a failed start. */
  output: () => string;
}

/**
 * Starts every process services.json lists (the domain services and the gateway) from their builds
 * (`apps/<service>/dist/main.js`) as child processes on free ports, in a NATS namespace of their own,
 * and waits until each `/health` answers 200. Build first (`npx turbo run build`); the database must
 * be migrated.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const env = { ...process.env, ...options.env };
  for (const { name, dbRole } of serviceAccessList()) {
    if (!dbRole) continue;
    const databaseUrl = env[serviceEnvName(name, 'DATABASE_URL')] ?? env.APP_DATABASE_URL;
    if (!databaseUrl)
      throw new Error(`startPlatform needs ${serviceEnvName(name, 'DATABASE_URL')} or APP_DATABASE_URL`);
    if (!options.allowNonTestDatabase) assertTestDatabase(databaseUrl);
  }

  const namespace = `p${randomBytes(5).toString('hex')}`;
  const services = serviceRegistry().services;
  const ports = await Promise.all(services.map(() => freePort()));
  const serviceEnv = {
    ...env,
    NATS_NAMESPACE: namespace,
    JWT_SECRET: TEST_JWT_SECRET,
    METRICS_TOKEN: env.METRICS_TOKEN ?? TEST_METRICS_TOKEN,
  };
  const running: RunningService[] = services.map(({ name: service }, index) =>
    spawnService(service, ports[index]!, serviceEnv),
  );
  const find = (service: string): number => {
    const index = running.findIndex((entry) => entry.service === service);
    if (index < 0) throw new Error(`no service ${service} in this platform`);
    return index;
  };
  const stop = () => stopPlatform(running, namespace, env.NATS_URL);
  try {
    await Promise.all(running.map(waitForHealth));
  } catch (error) {
    await stop();
    throw error;
  }
  const gatewayPort = ports[services.findIndex((service) => service.kind === 'gateway')]!;
  const logs = () => running.map(({ service, output }) => `=== ${service} ===\n${output()}`).join('\n');
  return {
    url: `http://127.0.0.1:${gatewayPort}`,
    gatewayPort,
    namespace,
    logs,
    stop,
    signal: (service, signal) => void running[find(service)]!.child.kill(signal),
    restart: async (service) => {
      const index = find(service);
      const previous = running[index]!;
      await stopChild(previous.child);
      running[index] = spawnService(service, previous.port, serviceEnv);
      await waitForHealth(running[index]);
    },
  };
}

function spawnService(service: string, port: number, env: NodeJS.ProcessEnv): RunningService {
  const child = spawn(
    process.execPath,
    [...serviceNodeOptions(service), join('apps', service, 'dist', 'main.js')],
    {
      cwd: registryRoot(),
      env: { ...env, HTTP_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-OUTPUT_KEPT)));
  child.stdout?.on('data', (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-OUTPUT_KEPT)));
  // A test runner that dies must not leave services behind.
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  child.once('exit', () => process.removeListener('exit', kill));
  return { service, port, child, output: () => `--- stderr ---\n${stderr}\n--- stdout ---\n${stdout}` };
}

async function waitForHealth({ service, port, child, output }: RunningService): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${service} exited (${child.exitCode ?? child.signalCode}) before it was healthy\n${output()}`,
      );
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `${service} was not healthy within ${HEALTH_TIMEOUT_MS / 1000} s (last: ${last})\n${output()}`,
  );
}

async function stopPlatform(
  running: RunningService[],
  namespace: string,
  natsUrl: string | undefined,
): Promise<void> {
  await Promise.all(running.map(({ child }) => stopChild(child)));
  const nats = await connect(natsConnectOptions(natsUrl ?? 'nats://127.0.0.1:4222'));
  try {
    await deleteNamespaceStreams(nats, namespace);
  } finally {
    await nats.close();
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** A port nobody listens on now: the one the OS picks for a listener on port 0. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (!address || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}
