import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

const name = z.string().regex(/^[a-z][a-z0-9]*$/, 'must be lowercase letters and digits');
const identifier = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'must be a lowercase SQL identifier');

/** One process of the platform, as `services.json` describes it (README, "The service registry"). */
export const RegisteredService = z
  .object({
    name,
    /** A domain service (own schema, answers its subjects) or the gateway (the public HTTP surface). */
    kind: z.enum(['service', 'gateway']),
    /** Default HTTP port (`/health`; the gateway's GraphQL); `<NAME>_PORT` overrides it under npm start. */
    port: z.number().int().min(1).max(65535),
    /** The Postgres schema the service owns; null for the gateway. */
    schema: identifier.nullable(),
    /** Its migrations' entry point, relative to the repository root; null when it has none. */
    migrate: z.string().nullable(),
    /** The Postgres login role the service will connect as (least privilege); null without a database. */
    dbRole: identifier.nullable(),
    /** The NATS user the service will connect as. */
    natsUser: name,
    /** The JetStream stream its outbox publishes to, if it publishes events. */
    stream: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/)
      .nullable(),
    /** The streams of other services whose events it consumes (its NATS user may read only these). */
    consumes: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/)),
    /** Event subjects it hears as plain NATS subscriptions, without a durable consumer (the gateway's cache). */
    listens: z.array(z.string().regex(/^events\.[a-z0-9-]+\.[a-z0-9.-]+$/)),
    /** The services whose subjects it calls (the gateway calls every domain service without listing them). */
    requests: z.array(name),
    /** V8 flags it runs with, everywhere (npm start, containers, tests, benchmarks). */
    nodeOptions: z.array(z.string().startsWith('--')),
    /** Extra settings with their defaults (containers get them from configuration). */
    env: z.record(z.string(), z.string()),
    /** Secrets it reads, required or optional. */
    secrets: z.record(z.string(), z.enum(['required', 'optional'])),
  })
  .strict()
  .superRefine((service, ctx) => {
    const withDatabase = [service.schema, service.migrate, service.dbRole].filter((value) => value !== null);
    if (withDatabase.length !== 0 && withDatabase.length !== 3) {
      ctx.addIssue({ code: 'custom', message: 'schema, migrate and dbRole are set together or not at all' });
    }
    if (service.kind === 'service' && service.schema === null) {
      ctx.addIssue({ code: 'custom', path: ['schema'], message: 'a domain service owns a schema' });
    }
    if (service.stream !== null && service.stream !== `${service.name.toUpperCase()}_EVENTS`) {
      ctx.addIssue({
        code: 'custom',
        path: ['stream'],
        message: 'must be <NAME>_EVENTS (contracts streamFor)',
      });
    }
  });
export type RegisteredService = z.infer<typeof RegisteredService>;

export const ServiceRegistry = z
  .object({
    $comment: z.string().optional(),
    services: z.array(RegisteredService).min(1),
  })
  .superRefine((registry, ctx) => {
    const seen = new Set<string>();
    for (const field of ['name', 'port', 'schema', 'dbRole', 'natsUser'] as const) {
      seen.clear();
      for (const service of registry.services) {
        const value = service[field];
        if (value === null) continue;
        if (seen.has(String(value))) {
          ctx.addIssue({ code: 'custom', path: ['services'], message: `${field} ${value} appears twice` });
        }
        seen.add(String(value));
      }
    }
    const gateways = registry.services.filter((service) => service.kind === 'gateway');
    if (gateways.length !== 1 || registry.services.at(-1)?.kind !== 'gateway') {
      ctx.addIssue({
        code: 'custom',
        path: ['services'],
        message: 'exactly one gateway, listed last (start order)',
      });
    }
  });
export type ServiceRegistry = z.infer<typeof ServiceRegistry>;

export const SERVICE_REGISTRY_FILE = 'services.json';

/** The repository root: the nearest directory above `from` holding services.json. */
export function registryRoot(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, SERVICE_REGISTRY_FILE))) return dir;
    if (dirname(dir) === dir) throw new Error(`no ${SERVICE_REGISTRY_FILE} found above ${from}`);
  }
}

const loaded = new Map<string, ServiceRegistry>();

/** The validated registry of the repository this code runs from (read once per root). */
export function serviceRegistry(root = registryRoot()): ServiceRegistry {
  const known = loaded.get(root);
  if (known) return known;
  const file = join(root, SERVICE_REGISTRY_FILE);
  const parsed = ServiceRegistry.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file} is not a valid service registry: ${z.prettifyError(parsed.error)}`);
  loaded.set(root, parsed.data);
  return parsed.data;
}

/** The domain services (every process but the gateway), in start order. */
export function domainServices(registry = serviceRegistry()): RegisteredService[] {
  return registry.services.filter((service) => service.kind === 'service');
}

/** One process by name; throws for a name the registry does not hold. */
export function registeredService(serviceName: string, registry = serviceRegistry()): RegisteredService {
  const service = registry.services.find((candidate) => candidate.name === serviceName);
  if (!service) throw new Error(`${SERVICE_REGISTRY_FILE} names no service "${serviceName}"`);
  return service;
}
