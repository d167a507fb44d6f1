// Writes the deployment files that list services from services.json, so they cannot drift from it:
// docker-compose.yml, infra/k8s/<service>.yaml, infra/k8s/kustomization.yaml, infra/nats/users.conf
// (the NATS users and permissions) and the ports block of .env.example.
//
//   npm run infra:generate          (node scripts/generate-infra.mjs)          rewrite them
//   npm run infra:check             (node scripts/generate-infra.mjs --check)  fail when one is stale
//
// `npm test` runs the check. Edit services.json (or this generator), never the generated files.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { usersConf } from './access/nats-config.mjs';
import { ROOT, loadServices, portVariable } from './services.mjs';

const GENERATED =
  'Generated from services.json by scripts/generate-infra.mjs (npm run infra:generate); do not edit.';

/** Probes, the same for every process (see README, "Scaling out"). */
const PROBES = `          # Started: the event loop answers (up to 2 minutes for a cold start). Alive: it keeps answering;
          # it does not look at Postgres or NATS, so an outage elsewhere never restarts healthy pods.
          # Ready: its own connections work (the gateway's does not wait for every service, so one
          # service's outage does not take the whole API out of rotation).
          startupProbe:
            httpGet: { path: /health/live, port: http }
            periodSeconds: 2
            timeoutSeconds: 2
            failureThreshold: 60
          livenessProbe:
            httpGet: { path: /health/live, port: http }
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          readinessProbe:
            httpGet: { path: /health/ready, port: http }
            periodSeconds: 5
            timeoutSeconds: 3
            failureThreshold: 3`;

const quote = (value) => `'${String(value).replace(/'/g, "''")}'`;

/** MEMBERSHIP for membership: the prefix of a service's own variables (MEMBERSHIP_DATABASE_URL, ...). */
const envPrefix = (name) => name.toUpperCase().replace(/-/g, '_');
const natsPasswordVariable = (user) => `NATS_${envPrefix(user)}_PASSWORD`;
const dbPasswordVariable = (service) => `DB_${envPrefix(service.name)}_PASSWORD`;

// --- docker-compose.yml ----------------------------------------------------------------------------

function composeService(service, services) {
  const lines = [
    `  ${service.name}:`,
    '    build:',
    '      <<: *app-build',
    '      args:',
    `        SERVICE: ${service.name}`,
    '    environment:',
    '      <<: *service-env',
  ];
  const prefix = envPrefix(service.name);
  if (service.dbRole) lines.push(`      ${prefix}_DATABASE_URL: *${service.name}-database-url`);
  const natsPassword = natsPasswordVariable(service.natsUser);
  lines.push(
    `      ${prefix}_NATS_URL: nats://${service.natsUser}:\${${natsPassword}:-change-me-${service.natsUser}}@nats:4222`,
  );
  lines.push(`      HTTP_PORT: '${service.port}'`);
  for (const [key, value] of Object.entries(service.env)) lines.push(`      ${key}: \${${key}:-${value}}`);
  for (const [key, need] of Object.entries(service.secrets)) {
    if (need === 'required') {
      lines.push('      # Set your own (32+ characters) for anything but a local try-out.');
      lines.push(
        `      ${key}: \${${key}:-local-docker-compose-${key.toLowerCase().replace(/_/g, '-')}-change-me-0123456789}`,
      );
    } else {
      lines.push(`      # Optional: ${key} (unset here; add it to use it).`);
    }
  }
  if (service.kind === 'gateway') {
    lines.push('    ports:', `      - '\${${portVariable(service.name)}:-${service.port}}:${service.port}'`);
  }
  lines.push('    depends_on:');
  if (service.kind === 'gateway') {
    for (const other of services.filter((candidate) => candidate.kind === 'service')) {
      lines.push(`      ${other.name}:`, '        condition: service_healthy');
    }
  } else {
    lines.push('      migrate:', '        condition: service_completed_successfully');
    lines.push('      nats:', '        condition: service_healthy');
  }
  lines.push('    init: true', '    restart: unless-stopped');
  return lines.join('\n');
}

function compose(services) {
  const migrated = services.filter((service) => service.migrate).map((service) => service.name);
  const withRole = services.filter((service) => service.dbRole);
  const natsUsers = ['tools', ...services.map((service) => service.natsUser)];
  return `# ${GENERATED}
# Groundwork in containers, for people who have Docker (\`npm start\` and \`npm test\` never use this file).
#
#   docker compose up --build
#
# Admin client at http://localhost:4000, GraphQL at http://localhost:4000/graphql.
# Postgres and NATS are not published on the host (so they do not clash with local servers); add
# \`ports:\` to them if you want to reach them from outside.
# Variables below can be overridden from the shell or a .env file (see .env.example). Passwords are
# placed in URLs as they are: keep them to URL-safe characters here.
name: groundwork

x-app-build: &app-build
  context: .
  dockerfile: infra/Dockerfile

x-service-env: &service-env
  NODE_ENV: production
  LOG_LEVEL: \${LOG_LEVEL:-info}
  NATS_NAMESPACE: ''

# Least privilege (README, "Least privilege"): each service connects to Postgres as its own role
# (granted only its own schema, owns nothing, cannot bypass RLS; the gateway has no database access)
# and to NATS as its own user (infra/nats/users.conf: only its own subjects). Change the passwords for
# anything but a local try-out.
${withRole
  .map(
    (service) =>
      `x-${service.name}-database-url: &${service.name}-database-url postgres://${service.dbRole}:\${${dbPasswordVariable(service)}:-${service.dbRole}}@postgres:5432/\${GROUNDWORK_DATABASE:-groundwork}`,
  )
  .join('\n')}

services:
  postgres:
    image: postgres:15
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-postgres}
      POSTGRES_DB: postgres
      # Read by infra/postgres/init-groundwork.sh on first start (empty volume).
      GROUNDWORK_DATABASE: \${GROUNDWORK_DATABASE:-groundwork}
      DB_OWNER_PASSWORD: \${DB_OWNER_PASSWORD:-groundwork_owner}
      DB_APP_PASSWORD: \${DB_APP_PASSWORD:-groundwork_app}
      # One runtime role per service with a schema: "<service>:<role>" pairs (services.json).
      GROUNDWORK_DB_ROLES: ${withRole.map((service) => `${service.name}:${service.dbRole}`).join(' ')}
${withRole.map((service) => `      ${dbPasswordVariable(service)}: \${${dbPasswordVariable(service)}:-${service.dbRole}}`).join('\n')}
    volumes:
      - postgres-data:/var/lib/postgresql/data
      - ./infra/postgres/setup.sql:/groundwork/setup.sql:ro
      - ./infra/postgres/service-role.sql:/groundwork/service-role.sql:ro
      - ./infra/postgres/init-groundwork.sh:/docker-entrypoint-initdb.d/10-groundwork.sh:ro
    healthcheck:
      # Over TCP: during initialisation the server listens on its socket only, so this stays
      # unhealthy until the init script has finished and the real server is up.
      test: ['CMD-SHELL', 'pg_isready -h 127.0.0.1 -U postgres -d "$\${GROUNDWORK_DATABASE}"']
      interval: 2s
      timeout: 3s
      retries: 30
    restart: unless-stopped

  nats:
    # The -alpine variant of nats:2, for a shell and wget in the health check.
    image: nats:2-alpine
    command: ['-c', '/etc/nats/groundwork/compose.conf', '-js', '-sd', '/data', '-m', '8222']
    environment:
${natsUsers.map((user) => `      ${natsPasswordVariable(user)}: \${${natsPasswordVariable(user)}:-change-me-${user}}`).join('\n')}
    volumes:
      - nats-data:/data
      - ./infra/nats/compose.conf:/etc/nats/groundwork/compose.conf:ro
      - ./infra/nats/users.conf:/etc/nats/groundwork/users.conf:ro
    healthcheck:
      test: ['CMD', 'wget', '-q', '-O', '/dev/null', 'http://127.0.0.1:8222/healthz?js-enabled-only=true']
      interval: 2s
      timeout: 3s
      retries: 30
    restart: unless-stopped

  # One-shot: the migrations of ${migrated.join(', then ')}, as the owner role.
  migrate:
    build:
      <<: *app-build
      args:
        SERVICE: migrate
    environment:
      NODE_ENV: production
      OWNER_DATABASE_URL: postgres://groundwork_owner:\${DB_OWNER_PASSWORD:-groundwork_owner}@postgres:5432/\${GROUNDWORK_DATABASE:-groundwork}
    depends_on:
      postgres:
        condition: service_healthy
    restart: 'no'

${services.map((service) => composeService(service, services)).join('\n\n')}

volumes:
  postgres-data:
  nats-data:
`;
}

// --- infra/k8s -------------------------------------------------------------------------------------

function k8sEnv(service) {
  const lines = ['            - name: HTTP_PORT', `              value: ${quote(service.port)}`];
  const own = [...(service.dbRole ? ['DATABASE_URL'] : []), 'NATS_URL'].map(
    (suffix) => `${envPrefix(service.name)}_${suffix}`,
  );
  for (const key of own) {
    lines.push(
      `            - name: ${key}`,
      `              valueFrom: { secretKeyRef: { name: groundwork-secrets, key: ${key} } }`,
    );
  }
  if (service.kind === 'gateway') {
    lines.push(
      '            # Clients reach the gateway through one ingress hop: believe its X-Forwarded-For and',
      "            # X-Forwarded-Proto (client address for rate limits, TLS for HSTS) and nobody else's. If",
      "            # other pods can reach the Service directly, list the ingress controllers' CIDR instead.",
      '            - name: TRUST_PROXY',
      "              value: '1'",
    );
  }
  for (const [key, need] of Object.entries(service.secrets)) {
    const optional = need === 'optional' ? ', optional: true' : '';
    lines.push(
      `            - name: ${key}`,
      `              valueFrom: { secretKeyRef: { name: groundwork-secrets, key: ${key}${optional} } }`,
    );
  }
  return lines.join('\n');
}

function k8sService(service) {
  const labels = `{ app.kubernetes.io/part-of: groundwork, app.kubernetes.io/name: ${service.name} }`;
  const servicePort = service.kind === 'gateway' ? 80 : service.port;
  const settings = Object.keys(service.env);
  return `# ${GENERATED}
# ${service.name}: stateless; scale out by raising replicas (NATS queue groups share the requests).${
    settings.length
      ? `\n# Reads ${settings.join(', ')} from the ConfigMap groundwork-config (config.yaml).`
      : ''
  }
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${service.name}
  labels: ${labels}
spec:
  replicas: 2
  selector:
    matchLabels: { app.kubernetes.io/name: ${service.name} }
  template:
    metadata:
      labels: ${labels}
    spec:
      securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000 }
      terminationGracePeriodSeconds: 30
      containers:
        - name: ${service.name}
          image: groundwork-${service.name}
          ports:
            - { name: http, containerPort: ${service.port} }
          envFrom:
            - configMapRef: { name: groundwork-config }
          env:
${k8sEnv(service)}
${PROBES}
          resources:
            requests: { cpu: 250m, memory: 256Mi }
            limits: { memory: 512Mi }
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: { drop: [ALL] }
          volumeMounts:
            - { name: tmp, mountPath: /tmp }
      volumes:
        - { name: tmp, emptyDir: {} }
---
${
  service.kind === 'gateway'
    ? ''
    : '# Services talk over NATS; this Service only gives monitoring a stable address for /health.\n'
}apiVersion: v1
kind: Service
metadata:
  name: ${service.name}
  labels: ${labels}
spec:
  selector: { app.kubernetes.io/name: ${service.name} }
  ports:
    - { name: http, port: ${servicePort}, targetPort: http }
${
  service.kind === 'gateway'
    ? `# Expose the gateway with your Ingress or Gateway API route to Service "${service.name}", port 80.\n`
    : ''
}`;
}

function kustomization(services) {
  const images = ['migrate', ...services.map((service) => service.name)];
  return `# ${GENERATED}
# Groundwork on Kubernetes, minimal: \`kubectl apply -k infra/k8s\` (after editing secret.example.yaml
# into a real Secret and pointing the images at your registry). See README.md.
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: groundwork
resources:
  - namespace.yaml
  - config.yaml
  - migrate-job.yaml
${services.map((service) => `  - ${service.name}.yaml`).join('\n')}
images:
  # Built with: docker build -f infra/Dockerfile --build-arg SERVICE=<name> -t <registry>/groundwork-<name>:<tag> .
${images
  .map(
    (image) =>
      `  - name: groundwork-${image}\n    newName: registry.example.com/groundwork-${image}\n    newTag: latest`,
  )
  .join('\n')}
`;
}

// --- .env.example ----------------------------------------------------------------------------------

const ENV_BEGIN = '# >>> ports (generated from services.json by scripts/generate-infra.mjs)';
const ENV_END = '# <<< ports';

function envExample(current, services) {
  const begin = current.indexOf(ENV_BEGIN);
  const end = current.indexOf(ENV_END);
  if (begin < 0 || end < begin)
    throw new Error(`.env.example lacks the lines "${ENV_BEGIN}" ... "${ENV_END}"`);
  const block = [
    ENV_BEGIN,
    '# HTTP port of each process under npm start (/health; the gateway also serves the admin client and',
    '# /graphql). The default is its port in services.json.',
    ...services.map((service) => `# ${portVariable(service.name)}=${service.port}`),
  ].join('\n');
  return `${current.slice(0, begin)}${block}\n${current.slice(end)}`;
}

// ---------------------------------------------------------------------------------------------------

/** Every generated file as { path (from the root): content }, plus the stale k8s files to delete. */
export function generatedFiles(services = loadServices()) {
  const files = new Map();
  files.set('docker-compose.yml', compose(services));
  for (const service of services) files.set(`infra/k8s/${service.name}.yaml`, k8sService(service));
  files.set('infra/k8s/kustomization.yaml', kustomization(services));
  files.set('infra/nats/users.conf', usersConf());
  files.set('.env.example', envExample(readFileSync(join(ROOT, '.env.example'), 'utf8'), services));
  return files;
}

/** Generated k8s files of services no longer in the registry. */
function strayK8sFiles(files) {
  const dir = join(ROOT, 'infra/k8s');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `infra/k8s/${name}`)
    .filter((path) => !files.has(path) && readFileSync(join(ROOT, path), 'utf8').includes(GENERATED));
}

/** The config.yaml ConfigMap must carry every setting a service reads from it. */
function missingSettings(services) {
  const config = readFileSync(join(ROOT, 'infra/k8s/config.yaml'), 'utf8');
  return services.flatMap((service) =>
    Object.keys(service.env)
      .filter((key) => !new RegExp(`^\\s+${key}:`, 'm').test(config))
      .map((key) => `${service.name} reads ${key}, which infra/k8s/config.yaml does not set`),
  );
}

function main(argv) {
  const check = argv.includes('--check');
  const files = generatedFiles();
  const stale = [];
  for (const [path, content] of files) {
    const file = join(ROOT, path);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (current === content) continue;
    if (check) stale.push(path);
    else writeFileSync(file, content);
  }
  const strays = strayK8sFiles(files);
  const problems = missingSettings(loadServices());
  if (check) {
    for (const path of strays) stale.push(`${path} (no such service in services.json)`);
    if (stale.length || problems.length) {
      for (const path of stale) console.error(`stale: ${path}`);
      for (const problem of problems) console.error(problem);
      if (stale.length) console.error('Run npm run infra:generate and commit the result.');
      return 1;
    }
    console.log(`generated files match services.json (${files.size} files)`);
    return 0;
  }
  for (const path of strays) console.log(`remove ${path}: services.json no longer lists it`);
  for (const problem of problems) console.error(problem);
  console.log(`wrote ${[...files.keys()].map((path) => relative(ROOT, join(ROOT, path))).join(', ')}`);
  return problems.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
