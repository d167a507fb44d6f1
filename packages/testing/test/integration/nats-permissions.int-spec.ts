import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { natsConnectOptions } from '@groundwork/service-kit/client';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { eventually } from '../../src/eventually';
import { freePort } from '../../src/platform';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const NATS_SERVER = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';

/** A nats-server of this suite's own, configured by scripts/access/nats-config.mjs. */
async function startConfiguredNats(
  namespaces: 'none' | 'any',
): Promise<{ urls: Record<string, string>; stop: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'groundwork-nats-permissions-'));
  const port = await freePort();
  execFileSync(process.execPath, [
    join(ROOT, 'scripts/access/nats-config.mjs'),
    '--dir',
    dir,
    '--port',
    String(port),
    '--namespaces',
    namespaces,
  ]);
  const urls = Object.fromEntries(
    (await readFile(join(dir, 'credentials.env'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  const child: ChildProcess = spawn(NATS_SERVER, ['-c', join(dir, 'nats.conf')], { stdio: 'ignore' });
  await eventually(async () => {
    if (child.exitCode !== null) throw new Error(`nats-server exited with ${child.exitCode}`);
    await (await connect({ ...natsConnectOptions(urls.NATS_URL!), reconnect: false })).close();
  }, 10_000);
  return {
    urls,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The permission violations the server reports to this connection, as "<operation> <subject>". */
function violations(nats: NatsConnection): string[] {
  const seen: string[] = [];
  void (async () => {
    for await (const status of nats.status()) {
      const error =
        status.type === 'error' ? (status.error as { operation?: string; subject?: string }) : null;
      if (error?.operation) seen.push(`${error.operation} ${error.subject}`);
    }
  })();
  return seen;
}

describe.each([
  ['exact subjects (npm start, compose, Kubernetes)', 'none', ''],
  ['namespaced subjects (the test platform)', 'any', 'tperm1.'],
] as const)('NATS users per service, %s', (_, namespaces, prefix) => {
  let server: Awaited<ReturnType<typeof startConfiguredNats>>;
  const open: NatsConnection[] = [];
  const as = async (variable: string) => {
    const nats = await connect({ ...natsConnectOptions(server.urls[variable]!), reconnect: false });
    open.push(nats);
    return nats;
  };

  beforeAll(async () => {
    server = await startConfiguredNats(namespaces);
  });

  afterAll(async () => {
    await Promise.all(open.map((nats) => nats.close().catch(() => undefined)));
    await server?.stop();
  });

  it('refuses a client without credentials, or with another user’s name and a wrong password', async () => {
    const bare = natsConnectOptions(server.urls.NATS_URL!).servers;
    await expect(connect({ servers: bare, reconnect: false })).rejects.toThrow(/Authorization Violation/);
    await expect(
      connect({ servers: bare, user: 'membership', pass: 'guess', reconnect: false }),
    ).rejects.toThrow(/Authorization Violation/);
  });

  it('lets the gateway ask a service, which answers its own subject in its queue group', async () => {
    const membership = await as('MEMBERSHIP_NATS_URL');
    membership.subscribe(`${prefix}membership.health`, {
      queue: 'membership',
      callback: (_error, message) => {
        message.respond('{"ok":true}');
      },
    });
    await membership.flush();
    const gateway = await as('GATEWAY_NATS_URL');
    const reply = await gateway.request(`${prefix}membership.health`, '{}', { timeout: 5000 });
    expect(reply.string()).toBe('{"ok":true}');
  });

  it("keeps a service from answering another service's subjects", async () => {
    const membership = await as('MEMBERSHIP_NATS_URL');
    const seen = violations(membership);
    const impostor = membership.subscribe(`${prefix}evaluation.overview.get`, { queue: 'evaluation' });
    const outsideQueue = membership.subscribe(`${prefix}membership.person.get`);
    await expect(impostor.closed).resolves.toThrow(/Permissions Violation for Subscription/);
    await expect(outsideQueue.closed).resolves.toThrow(/Permissions Violation for Subscription/);
    await eventually(async () =>
      expect(seen).toEqual(
        expect.arrayContaining([
          `subscription ${prefix}evaluation.overview.get`,
          `subscription ${prefix}membership.person.get`,
        ]),
      ),
    );
    // Nobody answers: the gateway's request finds no responder instead of the impostor.
    const gateway = await as('GATEWAY_NATS_URL');
    await expect(
      gateway.request(`${prefix}evaluation.overview.get`, '{}', { timeout: 5000 }),
    ).rejects.toThrow(/no responders/i);
  });

  it("keeps a service from publishing another service's requests or events", async () => {
    const membership = await as('MEMBERSHIP_NATS_URL');
    const evaluation = await as('EVALUATION_NATS_URL');
    const gateway = await as('GATEWAY_NATS_URL');
    await expect(
      membership.request(`${prefix}evaluation.overview.get`, '{}', { timeout: 5000 }),
    ).rejects.toThrow(/Permissions Violation for Publish/);
    const fromEvaluation = violations(evaluation);
    const fromGateway = violations(gateway);
    evaluation.publish(`${prefix}events.membership.person-created`, '{}');
    evaluation.publish(`${prefix}membership.person.create`, '{}');
    gateway.publish(`${prefix}events.membership.person-created`, '{}');
    await Promise.all([evaluation.flush(), gateway.flush()]);
    await eventually(async () => {
      expect(fromEvaluation).toEqual([
        `publish ${prefix}events.membership.person-created`,
        `publish ${prefix}membership.person.create`,
      ]);
      expect(fromGateway).toEqual([`publish ${prefix}events.membership.person-created`]);
    });
  });

  it('keeps a consumer from deleting or purging the stream it reads', async () => {
    const evaluation = await as('EVALUATION_NATS_URL');
    for (const action of ['DELETE', 'PURGE']) {
      await expect(
        evaluation.request(`$JS.API.STREAM.${action}.MEMBERSHIP_EVENTS`, '', { timeout: 5000 }),
      ).rejects.toThrow(/Permissions Violation for Publish/);
    }
  });

  if (namespaces === 'none') {
    it('allows no namespaced subject where none is expected', async () => {
      const gateway = await as('GATEWAY_NATS_URL');
      await expect(gateway.request('tperm1.membership.health', '{}', { timeout: 5000 })).rejects.toThrow(
        /Permissions Violation for Publish/,
      );
    });
  }
});

describe('infra/nats/users.conf (docker-compose, Kubernetes)', () => {
  it('is what scripts/access/nats-config.mjs generates from services.json', async () => {
    const generated = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { usersConf } from ${JSON.stringify(join(ROOT, 'scripts/access/nats-config.mjs'))}; process.stdout.write(usersConf());`,
      ],
      { encoding: 'utf8' },
    );
    expect(await readFile(join(ROOT, 'infra/nats/users.conf'), 'utf8')).toBe(generated);
  });
});
