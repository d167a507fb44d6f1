// Who runs Groundwork for the browser test.
// With GROUNDWORK_URL set, the test uses that running platform. Otherwise this starts the built services
// from the repository root (membership, evaluation, gateway), each with its own HTTP port and one NATS
// namespace for the run, waits for their /health, and stops them afterwards. Their logs go to artifacts/.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
export const ARTIFACTS_DIR = join(here, 'artifacts');

const STARTUP_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;
const STDERR_TAIL_LINES = 30;
const STDOUT_TAIL_LINES = 10;

/**
 * @typedef {{ baseUrl: string, stop: () => Promise<void> }} Platform
 * @typedef {{ name: string, entry: string, port: number }} ServiceSpec
 * @typedef {ServiceSpec & { child: import('node:child_process').ChildProcess, describeLog: () => string }} RunningService
 */

/** @returns {Promise<Platform>} */
export async function startPlatform() {
  const externalUrl = process.env.GROUNDWORK_URL;
  if (externalUrl) {
    const baseUrl = externalUrl.replace(/\/+$/, '');
    await assertReachable(baseUrl);
    return { baseUrl, stop: async () => {} };
  }

  const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4400);
  /** @type {ServiceSpec[]} */
  const specs = [
    { name: 'membership', entry: 'apps/membership/dist/main.js', port: 4101 },
    { name: 'evaluation', entry: 'apps/evaluation/dist/main.js', port: 4102 },
    { name: 'gateway', entry: 'apps/gateway/dist/main.js', port: gatewayPort },
  ];
  assertBuilt(specs);

  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const natsNamespace = `e2e${Date.now()}`;
  /** @type {RunningService[]} */
  const services = specs.map((spec) => startService(spec, natsNamespace));
  const stop = () => stopServices(services);
  const stopOnExit = () => services.forEach(({ child }) => child.exitCode === null && child.kill('SIGKILL'));
  process.once('exit', stopOnExit);

  try {
    await Promise.all(services.map(waitUntilHealthy));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    baseUrl: `http://localhost:${gatewayPort}`,
    stop: async () => {
      process.off('exit', stopOnExit);
      await stop();
    },
  };
}

/** @param {ServiceSpec[]} specs */
function assertBuilt(specs) {
  const required = [...specs.map((spec) => spec.entry), 'apps/admin/dist/index.html'];
  const missing = required.filter((file) => !existsSync(join(repoRoot, file)));
  if (missing.length > 0) {
    throw new Error(
      `The browser test needs the built platform, but these are missing: ${missing.join(', ')}. ` +
        'Run `npm run build` first, or set GROUNDWORK_URL to a running Groundwork.',
    );
  }
}

/**
 * @param {ServiceSpec} spec
 * @param {string} natsNamespace
 * @returns {RunningService}
 */
function startService(spec, natsNamespace) {
  const child = spawn(process.execPath, [spec.entry], {
    cwd: repoRoot,
    env: { ...process.env, HTTP_PORT: String(spec.port), NATS_NAMESPACE: natsNamespace },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(join(ARTIFACTS_DIR, `${spec.name}.log`));
  const stdoutTail = tailKeeper(STDOUT_TAIL_LINES);
  const stderrTail = tailKeeper(STDERR_TAIL_LINES);
  child.stdout?.on('data', (/** @type {Buffer} */ chunk) => {
    log.write(chunk);
    stdoutTail.add(chunk);
  });
  child.stderr?.on('data', (/** @type {Buffer} */ chunk) => {
    log.write(chunk);
    stderrTail.add(chunk);
  });
  child.once('close', () => log.end());
  const describeLog = () =>
    [
      `Its stderr, last lines:\n${stderrTail.text() || '(empty)'}`,
      `Its stdout, last lines:\n${stdoutTail.text() || '(empty)'}`,
      `Full log: apps/admin/e2e/artifacts/${spec.name}.log`,
    ].join('\n');
  return { ...spec, child, describeLog };
}

/** @param {RunningService} service */
async function waitUntilHealthy(service) {
  const url = `http://localhost:${service.port}/health`;
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      throw new Error(
        `${service.name} exited (${service.child.exitCode ?? service.child.signalCode}) before it was healthy.\n` +
          service.describeLog(),
      );
    }
    if (await answersOk(url)) return;
    await delay(250);
  }
  throw new Error(
    `${service.name} was not healthy at ${url} within ${STARTUP_TIMEOUT_MS / 1000} s.\n` +
      service.describeLog(),
  );
}

/** @param {RunningService[]} services */
async function stopServices(services) {
  await Promise.all(
    services.map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
      child.kill('SIGTERM');
      const stoppedInTime = await Promise.race([exited.then(() => true), delay(STOP_TIMEOUT_MS, false)]);
      if (!stoppedInTime) child.kill('SIGKILL');
    }),
  );
}

/**
 * The last `size` lines written to a stream.
 * @param {number} size
 */
function tailKeeper(size) {
  /** @type {string[]} */
  const lines = [];
  return {
    /** @param {Buffer} chunk */
    add(chunk) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      lines.splice(0, Math.max(0, lines.length - size));
    },
    text: () => lines.join('\n'),
  };
}

/** @param {string} baseUrl */
async function assertReachable(baseUrl) {
  try {
    const response = await fetch(baseUrl, { signal: AbortSignal.timeout(10_000) });
    if (response.ok) return;
    throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    throw new Error(
      `Groundwork is not reachable at ${baseUrl} (${reason}). Start it with \`npm start\`, ` +
        'or unset GROUNDWORK_URL to let the test start the built services itself.',
    );
  }
}

/** @param {string} url */
async function answersOk(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}
