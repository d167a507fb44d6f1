export interface SessionTokens {
  accessToken: string;
  /** ISO 8601 instant after which the gateway refuses the access token. */
  accessTokenExpiresAt: string;
  refreshToken: string;
}

interface StoredSession extends SessionTokens {
  /** When this browser received the tokens (epoch ms); guards against clock skew. */
  receivedAt: number;
}

export type Session =
  { status: 'active'; tokens: SessionTokens } | { status: 'ended'; reason: 'signed-out' | 'expired' };

/** Exchanges a refresh token for a new pair; throws `SessionRejectedError` when the gateway refuses it. */
type RenewTokens = (refreshToken: string) => Promise<SessionTokens>;

export class SessionRejectedError extends Error {
  constructor(message = 'The session can no longer be renewed') {
    super(message);
    this.name = 'SessionRejectedError';
  }
}

const STORAGE_KEY = 'groundwork.session';
/** Renew this long before the access token expires. */
const RENEW_BEFORE_EXPIRY_MS = 30_000;
/** Never renew a pair younger than this, even if the local clock says it is about to expire. */
const MINIMUM_TOKEN_AGE_BEFORE_RENEWAL_MS = 10_000;
const RENEWAL_LOCK_NAME = 'groundwork.session-renewal';

/**
 * The signed-in session: tokens kept in localStorage, shared by every tab of this origin.
 * Renewal rotates the refresh token, so at most one renewal runs at a time across tabs
 * (Web Locks where available) and a tab adopts a pair another tab has just renewed.
 */
export class SessionStore {
  private session: Session;
  private readonly listeners = new Set<() => void>();
  private pendingRenewal: Promise<string | null> | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly renewTokens: RenewTokens,
  ) {
    this.session = this.sessionFrom(this.readStored());
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY) this.publish(this.sessionFrom(this.readStored()));
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): Session => this.session;

  start({ accessToken, accessTokenExpiresAt, refreshToken }: SessionTokens): void {
    const stored: StoredSession = { accessToken, accessTokenExpiresAt, refreshToken, receivedAt: Date.now() };
    this.storage.setItem(STORAGE_KEY, JSON.stringify(stored));
    this.publish(this.sessionFrom(stored));
  }

  end(reason: 'signed-out' | 'expired'): void {
    this.storage.removeItem(STORAGE_KEY);
    this.publish({ status: 'ended', reason });
  }

  /** A usable access token, renewed first when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    const stored = this.readStored();
    if (!stored) return null;
    return this.isAboutToExpire(stored) ? this.renew(stored.accessToken) : stored.accessToken;
  }

  /** Called when the gateway refused `rejectedAccessToken`; null when the session could not be renewed. */
  renewAfterRejection(rejectedAccessToken: string): Promise<string | null> {
    return this.renew(rejectedAccessToken);
  }

  private renew(staleAccessToken: string): Promise<string | null> {
    this.pendingRenewal ??= this.withRenewalLock(() => this.renewUnlocked(staleAccessToken)).finally(() => {
      this.pendingRenewal = null;
    });
    return this.pendingRenewal;
  }

  private async renewUnlocked(staleAccessToken: string): Promise<string | null> {
    const stored = this.readStored();
    if (!stored) {
      this.publish(this.sessionFrom(null));
      return null;
    }
    if (stored.accessToken !== staleAccessToken && !this.isAboutToExpire(stored)) {
      this.publish(this.sessionFrom(stored));
      return stored.accessToken;
    }
    try {
      const renewed = await this.renewTokens(stored.refreshToken);
      this.start(renewed);
      return renewed.accessToken;
    } catch (error) {
      if (!(error instanceof SessionRejectedError)) throw error;
      this.end('expired');
      return null;
    }
  }

  private async withRenewalLock(work: () => Promise<string | null>): Promise<string | null> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    return locks ? locks.request(RENEWAL_LOCK_NAME, work) : work();
  }

  private isAboutToExpire(stored: StoredSession): boolean {
    const now = Date.now();
    if (now - stored.receivedAt < MINIMUM_TOKEN_AGE_BEFORE_RENEWAL_MS) return false;
    return Date.parse(stored.accessTokenExpiresAt) - now <= RENEW_BEFORE_EXPIRY_MS;
  }

  private publish(next: Session): void {
    if (sameSession(this.session, next)) return;
    this.session = next;
    this.listeners.forEach((listener) => listener());
  }

  private sessionFrom(stored: StoredSession | null): Session {
    if (!stored) return { status: 'ended', reason: 'signed-out' };
    const { accessToken, accessTokenExpiresAt, refreshToken } = stored;
    return { status: 'active', tokens: { accessToken, accessTokenExpiresAt, refreshToken } };
  }

  private readStored(): StoredSession | null {
    const raw = this.storage.getItem(STORAGE_KEY);
    if (!raw) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      return isStoredSession(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
}

function sameSession(a: Session, b: Session): boolean {
  if (a.status === 'active' && b.status === 'active') {
    return a.tokens.accessToken === b.tokens.accessToken && a.tokens.refreshToken === b.tokens.refreshToken;
  }
  if (a.status === 'ended' && b.status === 'ended') return a.reason === b.reason;
  return false;
}

function isStoredSession(value: unknown): value is StoredSession {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.accessToken === 'string' &&
    typeof candidate.accessTokenExpiresAt === 'string' &&
    typeof candidate.refreshToken === 'string' &&
    typeof candidate.receivedAt === 'number'
  );
}
