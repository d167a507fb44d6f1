import { randomBytes } from 'node:crypto';
import { SECRET_PATTERN, hashToken, newSecret } from '../tokens/secret-token';

/**
 * API tokens read `gwk_<8 hex>_<secret>`: the first part (`gwk_3f9a12bc`) is the visible prefix people
 * tell tokens apart by and authentication finds the row by; only the sha256 of the whole token is kept.
 */
export interface NewApiToken {
  token: string;
  prefix: string;
  tokenHash: string;
}

export function newApiToken(): NewApiToken {
  const prefix = `gwk_${randomBytes(4).toString('hex')}`;
  const token = `${prefix}_${newSecret()}`;
  return { token, prefix, tokenHash: hashToken(token) };
}

const API_TOKEN = new RegExp(`^(gwk_[0-9a-f]{8})_${SECRET_PATTERN}$`);

export function readApiToken(token: string): { prefix: string; tokenHash: string } | null {
  const prefix = API_TOKEN.exec(token)?.[1];
  return prefix ? { prefix, tokenHash: hashToken(token) } : null;
}
