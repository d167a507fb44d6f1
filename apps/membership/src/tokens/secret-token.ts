import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters. */
export const SECRET_PATTERN = '[A-Za-z0-9_-]{43}';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as the sha256 of the whole token; a high-entropy secret needs no slow hash. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Refresh and invitation tokens name their coalition: `<kind>_<tenant uuid>_<secret>`. Presenting one
 * then runs as an ordinary unit of work of that tenant, looked up by hash under the tenant policy, so
 * no system path needs to read sessions or invitations across tenants. A forged tenant id only
 * narrows the search to rows the forger cannot match without the secret.
 */
export interface TenantBoundToken {
  token: string;
  tokenHash: string;
}

export type TenantBoundKind = 'gwr' | 'gwi';

export function issueTenantBoundToken(kind: TenantBoundKind, tenantId: string): TenantBoundToken {
  const token = `${kind}_${tenantId}_${newSecret()}`;
  return { token, tokenHash: hashToken(token) };
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The tenant a well-formed token names, with the hash to look it up by; null when malformed. */
export function readTenantBoundToken(
  kind: TenantBoundKind,
  token: string,
): { tenantId: string; tokenHash: string } | null {
  const match = new RegExp(`^${kind}_(${UUID})_${SECRET_PATTERN}$`).exec(token);
  return match?.[1] ? { tenantId: match[1], tokenHash: hashToken(token) } : null;
}
