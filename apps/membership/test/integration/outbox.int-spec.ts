import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { TenantContext } from '@groundwork/service-kit';
import { RawRpc, TenantSql, eventually } from '@groundwork/testing';
import { connect } from '@nats-io/transport-node';
import { CreatePersonUseCase } from '../../src/people/create-person.use-case';
import { signUp, type Member } from '../support/accounts-fixtures';
import { startMembership } from '../support/membership-harness';
import { readMembershipEvents } from '../support/people-fixtures';

const NATS_SERVER = '/usr/sbin/nats-server';

/**
 * The outbox keeps events while the broker is away. This suite runs its own nats-server, so it can
 * stop and restart it without disturbing other suites.
 */
describe('outbox', () => {
  let storeDir: string;
  let port: number;
  let nats: ChildProcess | undefined;
  let app: INestApplication;
  let rpc: RawRpc;
  let sql: TenantSql;
  let coalition: Member;
  const sharedNatsUrl = process.env.NATS_URL;
  const sharedMembershipNatsUrl = process.env.MEMBERSHIP_NATS_URL;

  beforeAll(async () => {
    storeDir = await mkdtemp(join(tmpdir(), 'groundwork-outbox-'));
    port = await freePort();
    nats = await startNats(port, storeDir);
    process.env.NATS_URL = `nats://127.0.0.1:${port}`;
    // Membership connects here too, not with its own user to the shared server.
    delete process.env.MEMBERSHIP_NATS_URL;
    app = await startMembership();
    rpc = await RawRpc.connect();
    sql = new TenantSql();
    coalition = await signUp(rpc, 'Outbox');
  });

  afterAll(async () => {
    await app?.close();
    await rpc?.close();
    await sql?.close();
    await stopNats(nats);
    await rm(storeDir, { recursive: true, force: true });
    process.env.NATS_URL = sharedNatsUrl;
    if (sharedMembershipNatsUrl !== undefined) process.env.MEMBERSHIP_NATS_URL = sharedMembershipNatsUrl;
  });

  it('delivers an event written while NATS is down once NATS is back, exactly once', async () => {
    await stopNats(nats);
    nats = undefined;

    const person = await app.get(TenantContext).run(
      {
        tenantId: coalition.tenantId,
        actor: { id: coalition.userId, type: 'user' },
        correlationId: randomUUID(),
      },
      () => app.get(CreatePersonUseCase).execute({ firstName: 'Ada', lastName: 'Lovelace' }),
    );

    // The person is committed although the broker is away; its event waits in the outbox.
    const outboxRow = () =>
      sql.query<{ id: string; sent_at: Date | null }>(
        coalition.tenantId,
        `SELECT id, sent_at FROM membership.outbox WHERE envelope->'data'->>'personId' = $1`,
        [person.id],
      );
    expect(
      await sql.query(coalition.tenantId, `SELECT id FROM membership.people WHERE id = $1`, [person.id]),
    ).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const [pending] = await outboxRow();
    expect(pending).toEqual({ id: expect.any(String), sent_at: null });

    nats = await startNats(port, storeDir);

    const copiesInStream = async () => {
      const client = await connect({ servers: `nats://127.0.0.1:${port}` });
      try {
        return (await readMembershipEvents(client)).filter((event) => event.envelope.id === pending!.id);
      } finally {
        await client.close();
      }
    };
    await eventually(async () => {
      expect((await outboxRow())[0]?.sent_at).toBeInstanceOf(Date);
    }, 30_000);
    const delivered = await copiesInStream();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({
      msgId: pending!.id,
      envelope: {
        type: 'membership.person.created',
        tenantId: coalition.tenantId,
        data: { personId: person.id },
      },
    });

    // A relay that crashed between publishing and marking the row sent publishes it again:
    // JetStream drops the copy because it carries the same Nats-Msg-Id.
    await sql.query(coalition.tenantId, `UPDATE membership.outbox SET sent_at = NULL WHERE id = $1`, [
      pending!.id,
    ]);
    await eventually(async () => {
      expect((await outboxRow())[0]?.sent_at).toBeInstanceOf(Date);
    }, 30_000);
    expect(await copiesInStream()).toHaveLength(1);
  }, 90_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts nats-server with JetStream on `port`, storing in `storeDir`; resolves once it accepts clients. */
async function startNats(port: number, storeDir: string): Promise<ChildProcess> {
  const child = spawn(NATS_SERVER, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], {
    stdio: 'ignore',
  });
  await eventually(async () => {
    if (child.exitCode !== null) throw new Error(`nats-server exited with ${child.exitCode}`);
    await (await connect({ servers: `nats://127.0.0.1:${port}`, reconnect: false })).close();
  }, 10_000);
  return child;
}

async function stopNats(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
