import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { serviceNodeOptions } from '@groundwork/testing';
import type { BaselineReady } from './server';

export interface BaselineProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

/**
 * Starts the baseline server (./server.js) as a child process and waits until it listens. It runs
 * with the gateway's V8 flags (services.json), so runtime tuning favours neither side.
 */
export function startBaseline(env: {
  APP_DATABASE_URL: string;
  JWT_SECRET: string;
  poolSize: number;
}): Promise<BaselineProcess> {
  return startServerProcess(join(__dirname, 'server.js'), {
    APP_DATABASE_URL: env.APP_DATABASE_URL,
    JWT_SECRET: env.JWT_SECRET,
    BASELINE_POOL_SIZE: String(env.poolSize),
  });
}

/**
 * Any of the bench's own servers as a child process with the gateway's V8 flags and NODE_ENV=production;
 * it reports `{ type: 'ready', port }` over IPC once listening on 127.0.0.1.
 */
export async function startServerProcess(
  script: string,
  env: Record<string, string>,
): Promise<BaselineProcess> {
  const child = fork(script, [], {
    execArgv: serviceNodeOptions('gateway'),
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const port = await waitReady(child, script);
    return { url: `http://127.0.0.1:${port}/graphql`, pid: child.pid ?? -1, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

function waitReady(child: ChildProcess, script: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in time`)), START_TIMEOUT_MS);
    child.once('message', (message: BaselineReady) => {
      clearTimeout(timer);
      resolve(message.port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}`));
    });
  });
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
