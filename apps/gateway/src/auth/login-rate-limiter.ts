import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../common/graphql-errors';

/** Failed attempts one address may make at one account before each further one must wait. */
export const FREE_ATTEMPTS_PER_PAIR = 5;
/** The first wait after the free attempts; each further failure doubles it, up to MAX_BACKOFF_MS. */
export const FIRST_BACKOFF_MS = 2000;
const MAX_BACKOFF_MS = 15 * 60 * 1000;
/** Failed attempts at one account from all addresses together: looser, against spread-out guessing. */
export const ATTEMPTS_PER_ACCOUNT = 100;
/** Failed attempts from one address across accounts (credential stuffing). */
const ATTEMPTS_PER_ADDRESS = 50;
const WINDOW_SECONDS = 15 * 60;
/** Pairs are forgotten this long after their last attempt; the map is swept when it grows past MAX_PAIRS. */
const PAIR_MEMORY_MS = WINDOW_SECONDS * 1000;
const MAX_PAIRS = 100_000;

interface PairState {
  failures: number;
  notBefore: number;
  lastAt: number;
}

/**
 * Slows password guessing without locking the owner out. An (address, account) pair gets a few free
 * attempts, then waits 2 s, 4 s, 8 s … (at most 15 minutes) before each next one, so one attacker's
 * guesses slow to a trickle while the real owner, from their own address, signs in as usual. Looser
 * limits per account (all addresses) and per address (all accounts) stop guessing spread over many
 * addresses or many accounts. The client address is the one Express derives under `TRUST_PROXY`.
 *
 * Attempts are counted before the password is checked and the pair's decision is taken synchronously,
 * so parallel guesses cannot slip past it. State lives in this process's memory: behind several
 * gateways each counts on its own; scaling out moves the counters to a shared store
 * (rate-limiter-flexible's Redis or Postgres limiters) keeping these two calls.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly pairs = new Map<string, PairState>();
  private readonly perAccount = new RateLimiterMemory({
    keyPrefix: 'login-account',
    points: ATTEMPTS_PER_ACCOUNT,
    duration: WINDOW_SECONDS,
  });
  private readonly perAddress = new RateLimiterMemory({
    keyPrefix: 'login-address',
    points: ATTEMPTS_PER_ADDRESS,
    duration: WINDOW_SECONDS,
  });

  /** Counts an attempt at `account` from `address`; RATE_LIMITED when it must wait. */
  async attempt(account: string, address: string, now = Date.now()): Promise<void> {
    this.attemptPair(`${address} ${account}`, now);
    try {
      await Promise.all([this.perAccount.consume(account), this.perAddress.consume(address)]);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(seconds(rejection.msBeforeNext));
      throw rejection;
    }
  }

  /** A refused password: the pair's wait runs from now, when the caller learns of the failure. */
  failed(account: string, address: string, now = Date.now()): void {
    const state = this.pairs.get(`${address} ${account}`);
    if (state && state.failures > FREE_ATTEMPTS_PER_PAIR) state.notBefore = now + backoff(state.failures);
  }

  /** A successful attempt clears the pair and gives the account and the address their attempt back. */
  async succeeded(account: string, address: string): Promise<void> {
    this.pairs.delete(`${address} ${account}`);
    await Promise.all([this.perAccount.reward(account), this.perAddress.reward(address)]);
  }

  private attemptPair(key: string, now: number): void {
    let state = this.pairs.get(key);
    if (state && now - state.lastAt > PAIR_MEMORY_MS) state = undefined;
    if (state && now < state.notBefore) throw rateLimited(seconds(state.notBefore - now));
    state ??= { failures: 0, notBefore: 0, lastAt: now };
    state.failures += 1;
    state.lastAt = now;
    if (state.failures > FREE_ATTEMPTS_PER_PAIR) state.notBefore = now + backoff(state.failures);
    this.remember(key, state, now);
  }

  private remember(key: string, state: PairState, now: number): void {
    if (!this.pairs.has(key) && this.pairs.size >= MAX_PAIRS) {
      for (const [other, { lastAt }] of this.pairs)
        if (now - lastAt > PAIR_MEMORY_MS) this.pairs.delete(other);
      if (this.pairs.size >= MAX_PAIRS) this.pairs.delete(this.pairs.keys().next().value!);
    }
    this.pairs.set(key, state);
  }
}

function backoff(failures: number): number {
  return Math.min(FIRST_BACKOFF_MS * 2 ** (failures - FREE_ATTEMPTS_PER_PAIR - 1), MAX_BACKOFF_MS);
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** The account a login attempt targets, normalized the way membership matches it. */
export function loginAccountKey(email: string, coalitionSlug: string): string {
  return `${coalitionSlug.trim().toLowerCase()}/${email.trim().toLowerCase()}`;
}

/** Sign-up attempts at one email count like login attempts at one account. */
export function signUpAccountKey(email: string): string {
  return `sign-up/${email.trim().toLowerCase()}`;
}
