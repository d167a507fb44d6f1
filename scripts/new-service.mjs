// npm run new-service -- NAME: scaffolds a domain service that builds, migrates, answers /health and
// passes its tests with no other edit.
//
// Writes apps/NAME (from scripts/new-service/template/app) and packages/contracts/src/NAME.ts (one
// tenant subject, NAME.item.create), adds NAME to packages/contracts/src/index.ts and to services.json
// (next free port, before the gateway), regenerates docker-compose.yml, infra/k8s and .env.example,
// and adds the workspace to package-lock.json. README.md, "Add a service", lists what comes next.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { REGISTRY_FILE, ROOT, loadServices } from './services.mjs';

const TEMPLATE = join(ROOT, 'scripts/new-service/template');
const CONTRACTS_INDEX = join(ROOT, 'packages/contracts/src/index.ts');
/** Names that are taken by workspaces or would read as something else. */
const RESERVED = new Set([
  'admin',
  'bench',
  'contracts',
  'gateway',
  'migrate',
  'platform',
  'servicekit',
  'testing',
]);

function fail(message) {
  console.error(`new-service: ${message}`);
  process.exit(1);
}

function substitutions(name) {
  const pascal = name[0].toUpperCase() + name.slice(1);
  const timestamp = String(Date.now());
  return [
    ['__TIMESTAMP__', timestamp],
    ['__NAME__', name.toUpperCase()],
    ['__Name__', pascal],
    ['__name__', name],
  ];
}

const render = (text, subs) => subs.reduce((out, [from, to]) => out.split(from).join(to), text);

function* templateFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* templateFiles(path);
    else if (entry.name.endsWith('.tmpl')) yield path;
  }
}

function write(path, content, written) {
  if (existsSync(path)) fail(`${relative(ROOT, path)} already exists; nothing was written after it`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  written.push(relative(ROOT, path));
}

/** Adds the service's contracts to the barrel and to platformRpc, which typed clients and servers key on. */
function registerContracts(name) {
  let index = readFileSync(CONTRACTS_INDEX, 'utf8');
  const rpcName = `${name}Rpc`;
  const imports = [...index.matchAll(/^import \{ \w+Rpc \} from '\.\/[\w-]+';$/gm)];
  const exports = [...index.matchAll(/^export \* from '\.\/[\w-]+';$/gm)];
  const platform = /^(export const platformRpc = \{ [^}]*?) \} as const;$/m;
  if (!imports.length || !exports.length || !platform.test(index)) {
    fail(
      'packages/contracts/src/index.ts no longer has the shape new-service edits (import … Rpc, export *, platformRpc)',
    );
  }
  const after = (match) => match.index + match[0].length;
  const lastImport = imports.at(-1);
  index = `${index.slice(0, after(lastImport))}\nimport { ${rpcName} } from './${name}';${index.slice(after(lastImport))}`;
  const lastExport = [...index.matchAll(/^export \* from '\.\/[\w-]+';$/gm)].at(-1);
  index = `${index.slice(0, after(lastExport))}\nexport * from './${name}';${index.slice(after(lastExport))}`;
  index = index.replace(platform, `$1, ...${rpcName} } as const;`);
  writeFileSync(CONTRACTS_INDEX, index);
}

/** Adds the service to services.json, before the gateway (start order), on the next free port. */
function registerService(name, services) {
  const registry = JSON.parse(readFileSync(REGISTRY_FILE, 'utf8'));
  const domain = services.filter((service) => service.kind === 'service');
  const taken = new Set(services.map((service) => service.port));
  let port = Math.max(...domain.map((service) => service.port)) + 1;
  while (taken.has(port)) port += 1;
  const entry = {
    name,
    kind: 'service',
    port,
    schema: name,
    migrate: `apps/${name}/dist/database/migrate.js`,
    dbRole: `groundwork_${name}`,
    natsUser: name,
    stream: null,
    consumes: [],
    listens: [],
    requests: [],
    nodeOptions: ['--max-semi-space-size=16', '--max-old-space-size=128'],
    env: {},
    secrets: {},
  };
  const gateway = registry.services.findIndex((service) => service.kind === 'gateway');
  registry.services.splice(gateway < 0 ? registry.services.length : gateway, 0, entry);
  writeFileSync(REGISTRY_FILE, `${JSON.stringify(registry, null, 2)}\n`);
  return port;
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
}

function main() {
  const name = process.argv[2];
  if (!name) fail('usage: npm run new-service -- NAME   (lowercase letters and digits, e.g. listening)');
  if (!/^[a-z][a-z0-9]{1,30}$/.test(name))
    fail(`"${name}": a service name is 2-31 lowercase letters and digits, starting with a letter`);
  if (RESERVED.has(name)) fail(`"${name}" is reserved`);
  const services = loadServices();
  if (services.some((service) => service.name === name)) fail(`services.json already has "${name}"`);
  for (const path of [`apps/${name}`, `packages/contracts/src/${name}.ts`]) {
    if (existsSync(join(ROOT, path))) fail(`${path} already exists`);
  }

  const subs = substitutions(name);
  const written = [];
  write(
    join(ROOT, 'packages/contracts/src', `${name}.ts`),
    render(readFileSync(join(TEMPLATE, 'contracts/service.ts.tmpl'), 'utf8'), subs),
    written,
  );
  for (const file of templateFiles(join(TEMPLATE, 'app'))) {
    const target = render(relative(join(TEMPLATE, 'app'), file), subs).replace(/\.tmpl$/, '');
    write(join(ROOT, 'apps', name, target), render(readFileSync(file, 'utf8'), subs), written);
  }
  registerContracts(name);
  const port = registerService(name, services);

  run(process.execPath, ['scripts/generate-infra.mjs']);
  // Line breaks in the templates depend on the name's length; prettier settles them.
  const prettier = join(ROOT, 'node_modules/.bin/prettier');
  if (existsSync(prettier)) run(prettier, ['--log-level=warn', '--write', 'services.json', ...written]);
  // The lockfile lists every workspace; npm ci refuses one it does not know. Only the new workspace's
  // entries change: its dependencies are ones the lockfile already holds.
  run('npm', ['install', '--package-lock-only', '--offline', '--no-audit', '--no-fund']);

  console.log(`
Created the ${name} service (port ${port}):
  ${written.join('\n  ')}
Edited packages/contracts/src/index.ts, services.json, docker-compose.yml, infra/k8s, .env.example,
package-lock.json.

Next: npm test (or npm start) installs the new workspace, builds, migrates and runs it.
Rename the items aggregate to your first real one; see README.md, "Add a service".`);
}

main();
