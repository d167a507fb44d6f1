import { streamFor } from '@groundwork/contracts';
import { ServiceRegistry, domainServices, registryRoot, serviceRegistry } from './service-registry';

const service = (fields: Record<string, unknown>) => ({
  name: 'alpha',
  kind: 'service',
  port: 4201,
  schema: 'alpha',
  migrate: 'apps/alpha/dist/database/migrate.js',
  dbRole: 'groundwork_alpha',
  natsUser: 'alpha',
  stream: null,
  consumes: [],
  listens: [],
  requests: [],
  nodeOptions: ['--max-old-space-size=128'],
  env: {},
  secrets: {},
  ...fields,
});
const gateway = service({
  name: 'gateway',
  kind: 'gateway',
  port: 4000,
  schema: null,
  migrate: null,
  dbRole: null,
  natsUser: 'gateway',
});

describe('the service registry', () => {
  it("accepts the repository's own services.json, gateway last", () => {
    const registry = serviceRegistry(registryRoot());
    expect(registry.services.at(-1)?.kind).toBe('gateway');
    expect(domainServices(registry).length).toBeGreaterThan(0);
  });

  it('names each stream as contracts derive it', () => {
    for (const entry of serviceRegistry(registryRoot()).services) {
      if (entry.stream) expect(entry.stream).toBe(streamFor(entry.name).name);
    }
  });

  it('refuses two services on one port or one schema, and a missing gateway', () => {
    const twice = ServiceRegistry.safeParse({
      services: [
        service({}),
        service({ name: 'beta', schema: 'beta', dbRole: 'b', natsUser: 'beta' }),
        gateway,
      ],
    });
    expect(twice.success).toBe(false);
    expect(JSON.stringify(twice.error?.issues)).toContain('port 4201 appears twice');
    const sameSchema = ServiceRegistry.safeParse({
      services: [service({}), service({ name: 'beta', port: 4202, dbRole: 'b', natsUser: 'beta' }), gateway],
    });
    expect(JSON.stringify(sameSchema.error?.issues)).toContain('schema alpha appears twice');
    expect(ServiceRegistry.safeParse({ services: [service({})] }).success).toBe(false);
  });

  it('refuses a service without a schema, a stray field and a stream named otherwise', () => {
    expect(
      ServiceRegistry.safeParse({
        services: [service({ schema: null, migrate: null, dbRole: null }), gateway],
      }).success,
    ).toBe(false);
    expect(ServiceRegistry.safeParse({ services: [service({ replicas: 3 }), gateway] }).success).toBe(false);
    expect(ServiceRegistry.safeParse({ services: [service({ stream: 'EVENTS' }), gateway] }).success).toBe(
      false,
    );
    expect(
      ServiceRegistry.safeParse({ services: [service({ stream: 'ALPHA_EVENTS' }), gateway] }).success,
    ).toBe(true);
  });
});
