/** Waits before each retry of a request a service was unavailable for: about 7 s in all. */
const RETRY_DELAYS_MS = [1000, 2000, 4000];

/**
 * Retries a GraphQL request the gateway answered with 503 (a service down or not answering), after
 * 1, 2 and 4 seconds. Every request carries one `Idempotency-Key` through its retries, so a write
 * whose first attempt did go through is not made twice (the gateway ignores the key on reads).
 */
export function retryWhenUnavailable(inner: typeof fetch, wait = delay): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Idempotency-Key', crypto.randomUUID());
    const request = { ...init, headers };
    let response = await inner(input, request);
    for (const ms of RETRY_DELAYS_MS) {
      if (response.status !== 503) break;
      await wait(ms);
      response = await inner(input, request);
    }
    return response;
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
