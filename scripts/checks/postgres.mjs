// Is the Postgres server at DATABASE_URL usable? Connects and runs `select 1`.
// Exit codes: 0 usable; 2 not reachable (nothing listening, unknown host, timeout); 3 reachable but
// refused us (authentication, missing database, ...). The reason goes to stderr.
import pg from 'pg';

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOENT',
]);

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('DATABASE_URL is not set');
  process.exit(3);
}

const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
// An idle client can emit 'error' (e.g. the server shuts down); never crash on it.
client.on('error', () => {});
try {
  await client.connect();
  const { rows } = await client.query('select current_setting($1) as version', ['server_version']);
  console.log(rows[0].version);
  await client.end();
  process.exit(0);
} catch (error) {
  const code = error?.code ?? '';
  const message = error?.message || String(error);
  const unreachable = UNREACHABLE.has(code) || /timeout|terminated unexpectedly/i.test(message);
  console.error(code ? `${message} (${code})` : message);
  process.exit(unreachable ? 2 : 3);
}
