// The service registry (services.json) for shell scripts, the Dockerfile and the infra generator.
// Plain Node, no dependencies, so it works before `npm ci`. TypeScript reads the same file through
// `serviceRegistry()` in @groundwork/service-kit, which also validates it (and a unit test checks
// the repository's own file).
//
//   node scripts/services.mjs names [--kind service|gateway] [--migrated]   one name per line
//   node scripts/services.mjs get <service> <field>       a field (arrays joined by spaces, null empty)
//   node scripts/services.mjs port-var <service>          the variable that overrides its port
//   node scripts/services.mjs has <service>               exit 0 when the registry names it
//   node scripts/services.mjs build-filters <image>       turbo --filter flags that build an image
//                                                         (a service's name, or migrate)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REGISTRY_FILE = join(ROOT, 'services.json');

/** Every process in start order (services, then the gateway). */
export function loadServices(file = REGISTRY_FILE) {
  const { services } = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(services) || services.length === 0) throw new Error(`${file}: "services" must be a non-empty list`);
  return services;
}

/** The npm workspaces an image needs built: the gateway serves the admin client; migrate runs every migration. */
export function buildFilters(services, image) {
  if (image === 'migrate') return services.filter((service) => service.migrate).map((service) => `--filter=@groundwork/${service.name}...`);
  const service = services.find((candidate) => candidate.name === image);
  if (!service) throw new Error(`SERVICE must be migrate or one of ${services.map((s) => s.name).join(', ')} (got "${image ?? ''}")`);
  const filters = [`--filter=@groundwork/${service.name}...`];
  if (service.kind === 'gateway') filters.push('--filter=@groundwork/admin...');
  return filters;
}

/** MEMBERSHIP_PORT for membership: the variable npm start reads to move a service's port. */
export const portVariable = (name) => `${name.toUpperCase()}_PORT`;

function main(argv) {
  const [command, ...args] = argv;
  const services = loadServices();
  const find = (name) => {
    const service = services.find((candidate) => candidate.name === name);
    if (!service) throw new Error(`services.json names no service "${name}" (it has: ${services.map((s) => s.name).join(', ')})`);
    return service;
  };
  switch (command) {
    case 'names': {
      const kind = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;
      const migrated = args.includes('--migrated');
      for (const service of services) {
        if (kind && service.kind !== kind) continue;
        if (migrated && !service.migrate) continue;
        console.log(service.name);
      }
      return 0;
    }
    case 'get': {
      const value = find(args[0])[args[1]];
      if (value === undefined) throw new Error(`services.json: ${args[0]} has no field "${args[1]}"`);
      console.log(Array.isArray(value) ? value.join(' ') : value === null ? '' : String(value));
      return 0;
    }
    case 'port-var':
      console.log(portVariable(find(args[0]).name));
      return 0;
    case 'build-filters':
      console.log(buildFilters(services, args[0]).join(' '));
      return 0;
    case 'has':
      return services.some((service) => service.name === args[0]) ? 0 : 1;
    default:
      throw new Error(`usage: node scripts/services.mjs names|get|port-var|has|build-filters ... (got "${command ?? ''}")`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
