// Who may reach what, per process, for shell scripts: read from the service registry (services.json).
// The gateway requests every domain service; a service requests those in its `requests`.
//
//   node scripts/access/services.mjs db-roles     # "<service> <postgres role>" for services with a schema
//   node scripts/access/services.mjs nats-users   # "<service> <nats user>"
import { loadServices } from '../services.mjs';

/** @returns {Array<{name: string, kind: string, schema: string|null, dbRole: string|null, natsUser: string, stream: string|null, consumes: string[], requests: string[]}>} */
export function accessList(services = loadServices()) {
  const domain = services.filter((s) => s.kind === 'service').map((s) => s.name);
  return services.map((s) => ({ ...s, requests: s.kind === 'gateway' ? domain : s.requests }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const what = process.argv[2];
  const services = accessList();
  if (what === 'db-roles') {
    for (const s of services.filter((s) => s.dbRole)) console.log(`${s.name} ${s.dbRole}`);
  } else if (what === 'nats-users') {
    for (const s of services) console.log(`${s.name} ${s.natsUser}`);
  } else {
    console.error('usage: node scripts/access/services.mjs db-roles|nats-users');
    process.exit(2);
  }
}
