import autocannon from 'autocannon';

/** One closed-loop load run against a GraphQL endpoint: `connections` clients, each sending as soon as answered. */
export interface LoadOptions {
  url: string;
  /** The JSON request body, sent on every request (unless `bodies` gives one per request). */
  body: string;
  /** A fresh body for each request (writes: each creates its own row); answers are then checked by `accept`. */
  bodies?: () => string;
  /** With `bodies`: whether an answer is right (an answer that is not counts as a mismatch). */
  accept?: (answer: string) => boolean;
  headers: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** A discarded run first, so connections, JIT and pools are warm. */
  warmupSeconds?: number;
  /** Every response must equal this byte for byte, else it counts as a mismatch (a wrong or error answer). */
  expectBody?: string;
  /** Hard cap on requests, so a run is bounded in count as well as time. */
  maxRequests?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses received in the measured run. */
  responses: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 2xx responses whose body was not the expected one (GraphQL errors come back as 200). */
  mismatches: number;
  durationSeconds: number;
}

const REQUEST_TIMEOUT_SECONDS = 10;
const DEFAULT_MAX_REQUESTS = 2_000_000;

/** Failed requests make a figure meaningless; the run says so instead of reporting it. */
export function failures(result: LoadResult): number {
  return result.errors + result.non2xx + result.mismatches;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds) await once(options, options.warmupSeconds);
  return once(options, options.durationSeconds);
}

async function once(options: LoadOptions, durationSeconds: number): Promise<LoadResult> {
  assertLoopback(options.url);
  let rejected = 0;
  const { bodies, accept } = options;
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body,
    connections: options.connections,
    duration: durationSeconds,
    maxOverallRequests: options.maxRequests ?? DEFAULT_MAX_REQUESTS,
    timeout: REQUEST_TIMEOUT_SECONDS,
    ...(options.expectBody ? { expectBody: options.expectBody } : {}),
    ...(bodies
      ? {
          requests: [
            {
              setupRequest: (request) => ({ ...request, body: bodies() }),
              onResponse: (status, answer) => {
                if (status === 200 && accept && !accept(answer)) rejected += 1;
              },
            },
          ],
        }
      : {}),
  });
  const responses = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    requestsPerSecond: responses / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    responses,
    errors: result.errors,
    non2xx: result.non2xx,
    mismatches: result.mismatches + rejected,
    durationSeconds: result.duration,
  };
}

/** Load runs only ever target this machine. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) {
    throw new Error(`refusing to load ${host}: benchmarks only target loopback addresses`);
  }
}
