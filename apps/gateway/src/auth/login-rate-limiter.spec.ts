import { GraphQLError } from 'graphql';
import { FIRST_BACKOFF_MS, FREE_ATTEMPTS_PER_PAIR, LoginRateLimiter } from './login-rate-limiter';

async function code(attempt: Promise<void>): Promise<string | undefined> {
  try {
    await attempt;
    return undefined;
  } catch (error) {
    return error instanceof GraphQLError ? String(error.extensions.code) : 'other';
  }
}

describe('LoginRateLimiter', () => {
  const account = 'coalition/owner@example.org';
  const start = 1_000_000;

  it('slows one address at one account with growing waits, without locking out other addresses', async () => {
    const limiter = new LoginRateLimiter();
    for (let i = 0; i < FREE_ATTEMPTS_PER_PAIR + 1; i += 1) {
      expect(await code(limiter.attempt(account, '203.0.113.7', start))).toBeUndefined();
    }
    expect(await code(limiter.attempt(account, '203.0.113.7', start + FIRST_BACKOFF_MS - 1))).toBe(
      'RATE_LIMITED',
    );
    expect(await code(limiter.attempt(account, '203.0.113.7', start + FIRST_BACKOFF_MS))).toBeUndefined();
    // The next wait is twice as long, counted from when the failure was known.
    limiter.failed(account, '203.0.113.7', start + FIRST_BACKOFF_MS + 500);
    expect(await code(limiter.attempt(account, '203.0.113.7', start + 3 * FIRST_BACKOFF_MS))).toBe(
      'RATE_LIMITED',
    );
    expect(
      await code(limiter.attempt(account, '203.0.113.7', start + 3 * FIRST_BACKOFF_MS + 500)),
    ).toBeUndefined();

    // The owner, elsewhere, is not slowed at all.
    expect(
      await code(limiter.attempt(account, '198.51.100.2', start + 3 * FIRST_BACKOFF_MS)),
    ).toBeUndefined();
    await limiter.succeeded(account, '198.51.100.2');
  });

  it('refuses parallel guesses past the free attempts', async () => {
    const limiter = new LoginRateLimiter();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => code(limiter.attempt(account, '203.0.113.8', start))),
    );
    expect(results.filter((result) => result === undefined)).toHaveLength(FREE_ATTEMPTS_PER_PAIR + 1);
    expect(results.filter((result) => result === 'RATE_LIMITED')).toHaveLength(
      20 - FREE_ATTEMPTS_PER_PAIR - 1,
    );
  });

  it('forgets a pair’s failures when it signs in', async () => {
    const limiter = new LoginRateLimiter();
    for (let i = 0; i < FREE_ATTEMPTS_PER_PAIR; i += 1) await limiter.attempt(account, '203.0.113.9', start);
    await limiter.succeeded(account, '203.0.113.9');
    for (let i = 0; i < FREE_ATTEMPTS_PER_PAIR + 1; i += 1) {
      expect(await code(limiter.attempt(account, '203.0.113.9', start))).toBeUndefined();
    }
  });
});
