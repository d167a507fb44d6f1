import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../common/graphql-errors';

/** Failed logins allowed per account (email in one coalition) in a window. */
export const LOGIN_ATTEMPTS_PER_ACCOUNT = 5;
/** Failed logins allowed per client address in a window, across accounts. */
const LOGIN_ATTEMPTS_PER_ADDRESS = 50;
const WINDOW_SECONDS = 15 * 60;

/**
 * Counts failed logins per account and per client address. The counters live in this process's
 * memory: exact and free while one gateway runs. Behind a load balancer each instance would count on
 * its own (an attacker gets N times the attempts), so scaling out swaps `RateLimiterMemory` for a
 * shared store from the same library (`RateLimiterRedis`, or `RateLimiterPostgres` on the database
 * we already run), keeping these two calls.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount = new RateLimiterMemory({
    keyPrefix: 'login-account',
    points: LOGIN_ATTEMPTS_PER_ACCOUNT,
    duration: WINDOW_SECONDS,
  });
  private readonly perAddress = new RateLimiterMemory({
    keyPrefix: 'login-address',
    points: LOGIN_ATTEMPTS_PER_ADDRESS,
    duration: WINDOW_SECONDS,
  });

  /** Counts the attempt before the password is checked, so parallel guesses cannot slip past the limit. */
  async attempt(account: string, address: string): Promise<void> {
    try {
      await Promise.all([this.perAccount.consume(account), this.perAddress.consume(address)]);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        throw rateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }

  /** A successful login clears the account's failures and gives the address its attempt back. */
  async succeeded(account: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.delete(account), this.perAddress.reward(address)]);
  }
}

/** The account a login attempt targets, normalized the way membership matches it. */
export function loginAccountKey(email: string, coalitionSlug: string): string {
  return `${coalitionSlug.trim().toLowerCase()}/${email.trim().toLowerCase()}`;
}
