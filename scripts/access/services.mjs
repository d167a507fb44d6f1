// The per-service access list (infra/access/services.json) for shell scripts, one service a line.
//
//   node scripts/access/services.mjs db-roles     # "<service> <postgres role>" for services with a schema
//   node scripts/access/services.mjs nats-users   # "<service> <nats user>"
import { readFileSync } from 'node:fs';

export const ACCESS_FILE = new URL('../../infra/access/services.json', import.meta.url);

/** @returns {Array<{name: string, schema: string|null, dbRole: string|null, natsUser: string, stream: string|null, consumes: string[], requests: string[]}>} */
export function accessList() {
  return JSON.parse(readFileSync(ACCESS_FILE, 'utf8')).services;
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
