// Is the NATS server at NATS_URL usable, with JetStream enabled? Connects and asks JetStream for the
// account info.
// Exit codes: 0 usable; 2 not reachable; 3 reachable but JetStream is not enabled (or another error).
// The reason goes to stderr; on success the server version goes to stdout.
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';

const servers = process.env.NATS_URL;
if (!servers) {
  console.error('NATS_URL is not set');
  process.exit(3);
}

// nats.js reads only host and port from a URL; the user and password (the tools user of the local
// server, scripts/nats-local.sh) are passed as options, as the service kit's natsConnectOptions does.
const url = servers.includes(',') ? null : new URL(servers.replace(/^nats:/, 'http:'));
const credentials = url?.username
  ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
  : {};

let nc;
try {
  nc = await connect({
    servers: url ? `${url.hostname}:${url.port || 4222}` : servers,
    ...credentials,
    name: 'groundwork-check',
    timeout: 3000,
    reconnect: false,
  });
} catch (error) {
  console.error(error?.message || String(error));
  process.exit(2);
}

let status = 0;
try {
  const jsm = await jetstreamManager(nc, { timeout: 3000 });
  await jsm.getAccountInfo();
  console.log(nc.info?.version ?? 'unknown version');
} catch (error) {
  console.error(`JetStream is not available: ${error?.message || String(error)}`);
  status = 3;
} finally {
  await nc.close().catch(() => {});
}
process.exit(status);
