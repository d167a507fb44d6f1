import { serviceRegistry } from '@groundwork/service-kit/client';

/** One process of services.json with what it may reach: its Postgres role and schema, its NATS user. */
export interface ServiceAccess {
  name: string;
  schema: string | null;
  dbRole: string | null;
  natsUser: string;
  stream: string | null;
  consumes: string[];
  listens: string[];
  requests: string[];
}

/** Every process of the platform with what it may reach; the gateway requests every domain service. */
export function serviceAccessList(): ServiceAccess[] {
  const { services } = serviceRegistry();
  const domain = services.filter((service) => service.kind === 'service').map((service) => service.name);
  return services.map((service) => ({
    ...service,
    requests: service.kind === 'gateway' ? domain : service.requests,
  }));
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
