/** What `scripts/bench.sh` exports, checked once. */
export interface BenchEnv {
  /** membership's role on the bench database (else APP_DATABASE_URL): the baseline reads as this role. */
  appDatabaseUrl: string;
  ownerDatabaseUrl: string;
  /** A superuser on the bench database, for reading timestamps across schemas and tenants. */
  adminDatabaseUrl: string;
  databaseName: string;
  natsUrl: string;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run the benchmark with \`npm run bench\` (scripts/bench.sh), which exports it`,
    );
  return value;
}

function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

export function loadBenchEnv(env: NodeJS.ProcessEnv = process.env): BenchEnv {
  // The baseline reads membership's tables, so it connects as membership's role when there is one.
  const appDatabaseUrl = env.MEMBERSHIP_DATABASE_URL ?? required(env, 'APP_DATABASE_URL');
  const ownerDatabaseUrl = required(env, 'OWNER_DATABASE_URL');
  const databaseName = databaseOf(appDatabaseUrl);
  if (!/bench/i.test(databaseName) || databaseOf(ownerDatabaseUrl) !== databaseName) {
    throw new Error(
      `Refusing to benchmark database "${databaseName}": its name must say "bench" (GROUNDWORK_DATABASE=groundwork_bench), ` +
        'since the benchmark fills it with coalitions and people',
    );
  }
  // DATABASE_URL is the admin connection (usually to the "postgres" database); point it at the bench database.
  const admin = new URL(env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  admin.pathname = `/${encodeURIComponent(databaseName)}`;
  const natsUrl = env.NATS_URL ?? 'nats://127.0.0.1:4222';
  for (const url of [appDatabaseUrl, admin.href, natsUrl]) assertLocal(url);
  return {
    appDatabaseUrl,
    ownerDatabaseUrl,
    adminDatabaseUrl: admin.href,
    databaseName,
    natsUrl,
  };
}

/** Figures from another machine would be meaningless beside this one's; everything runs on loopback. */
function assertLocal(url: string): void {
  const parsed = new URL(url);
  const host = parsed.hostname || parsed.searchParams.get('host') || '';
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host) && !host.startsWith('/')) {
    throw new Error(`the benchmark runs on loopback only; ${parsed.protocol}//${host} is not local`);
  }
}
