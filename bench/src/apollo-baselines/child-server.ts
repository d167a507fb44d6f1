import type { BaselineReady } from '../baseline/server';

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

/**
 * Runs one of the bench's servers as a child of the benchmark (see `startServerProcess`): reports its
 * port over IPC once listening, stops on SIGTERM or SIGINT, and never outlives the benchmark.
 */
export function serveAsChild(
  name: string,
  start: (env: (name: string) => string) => Promise<RunningServer>,
): void {
  start(required).then(
    (server) => {
      let closing = false;
      const close = async () => {
        if (closing) return;
        closing = true;
        await server.close().catch(() => undefined);
        process.exit(0);
      };
      process.on('SIGTERM', () => void close());
      process.on('SIGINT', () => void close());
      process.on('disconnect', () => void close());
      const ready: BaselineReady = { type: 'ready', port: server.port };
      process.send?.(ready);
    },
    (error: unknown) => {
      console.error(`${name} failed:`, error);
      process.exit(1);
    },
  );
}
