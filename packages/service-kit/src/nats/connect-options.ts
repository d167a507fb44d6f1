/**
 * Connection options from a NATS URL that may carry a user and password (`nats://membership:pw@host:4223`,
 * as `<SERVICE>_NATS_URL` does): nats.js reads only host and port from a URL, so the credentials are
 * taken out here. Several servers may be given separated by commas; the credentials of the first apply.
 */
export function natsConnectOptions(url: string): { servers: string[]; user?: string; pass?: string } {
  const servers = url
    .split(',')
    .map((server) => server.trim())
    .filter(Boolean);
  let user: string | undefined;
  let pass: string | undefined;
  const bare = servers.map((server) => {
    const match = /^([a-z]+:\/\/)([^@/]*)@(.*)$/i.exec(server);
    if (!match) return server;
    const [, scheme, credentials, rest] = match;
    const [name, password] = credentials!.split(':');
    user ??= decodeURIComponent(name!);
    pass ??= password === undefined ? undefined : decodeURIComponent(password);
    return `${scheme}${rest}`;
  });
  return { servers: bare, ...(user ? { user } : {}), ...(pass !== undefined ? { pass } : {}) };
}
