import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One service's entry in infra/access/services.json: its Postgres role and schema, its NATS user. */
export interface ServiceAccess {
  name: string;
  schema: string | null;
  dbRole: string | null;
  natsUser: string;
  stream: string | null;
  consumes: string[];
  requests: string[];
}

const ACCESS_FILE = resolve(__dirname, '..', '..', '..', 'infra', 'access', 'services.json');

/** Every service of the platform with what it may reach. */
export function serviceAccessList(): ServiceAccess[] {
  return (JSON.parse(readFileSync(ACCESS_FILE, 'utf8')) as { services: ServiceAccess[] }).services;
}

/** The variable holding a service's own credentials: `envName('membership', 'DATABASE_URL')` is MEMBERSHIP_DATABASE_URL. */
export function serviceEnvName(service: string, suffix: 'DATABASE_URL' | 'NATS_URL'): string {
  return `${service.toUpperCase().replace(/-/g, '_')}_${suffix}`;
}

/** `url` with its user and password replaced. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.href;
}
