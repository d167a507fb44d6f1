// Who runs Groundwork for the browser test.
// With GROUNDWORK_URL set, the test uses that running platform. Otherwise the shared test launcher
// (@groundwork/testing) starts the built services on free ports in a NATS namespace of their own, waits
// for their /health, and stops them afterwards.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareTestEnv, startPlatform as startBuiltServices } from '@groundwork/testing';

export const ARTIFACTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'artifacts');

/**
 * @typedef {{ baseUrl: string, stop: () => Promise<void> }} Platform
 * @returns {Promise<Platform>}
 */
export async function startPlatform() {
  const externalUrl = process.env.GROUNDWORK_URL;
  if (externalUrl) {
    const baseUrl = externalUrl.replace(/\/+$/, '');
    await assertReachable(baseUrl);
    return { baseUrl, stop: async () => {} };
  }
  prepareTestEnv();
  const platform = await startBuiltServices();
  return { baseUrl: platform.url, stop: () => platform.stop() };
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
