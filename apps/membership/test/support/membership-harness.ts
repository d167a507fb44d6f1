import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { RawRpc, TenantSql, deleteNamespaceStreams } from '@groundwork/testing';
import type { AppModule } from '../../src/app.module';
import { migrateMembership } from '../../src/database/migrate';

/** Migrates the test database and boots membership in this process, answering on the test namespace. */
export async function startMembership(): Promise<INestApplication> {
  await migrateMembership(process.env.OWNER_DATABASE_URL!, () => undefined);
  // Loaded here, not imported above: the module reads its configuration (NATS_URL…) when it loads,
  // and a suite may point it at its own server first.
  const { AppModule: appModule } = jest.requireActual<{ AppModule: typeof AppModule }>(
    '../../src/app.module',
  );
  const app = await NestFactory.create(appModule, { logger: ['error'] });
  await app.init();
  return app;
}

/** What a suite talks to: membership itself, a raw NATS caller and owner-role SQL scoped per tenant. */
export interface MembershipHarness {
  /** Membership, booted in this process. */
  readonly app: INestApplication;
  /** Calls membership's subjects on this test file's namespace. */
  readonly rpc: RawRpc;
  /** Reads and writes the membership database as the owner role, scoped to one tenant per query. */
  readonly sql: TenantSql;
}

/**
 * Boots membership, a {@link RawRpc} and a {@link TenantSql} once for the surrounding `describe`
 * (or file) and tears them down after it: closes the app, deletes this namespace's streams, closes
 * the NATS and SQL connections.
 *
 * Call it where the hooks belong, before the suite's own hooks: Jest runs `beforeAll` and `afterAll`
 * hooks in the order they were registered, so the suite's `beforeAll` can already use the harness,
 * and the harness is torn down before the suite's own `afterAll` runs.
 *
 * ```ts
 * describe('people', () => {
 *   const harness = useMembershipHarness();
 *   beforeEach(async () => {
 *     coalition = await signUp(harness.rpc);
 *   });
 * ```
 *
 * The fields are filled in by the `beforeAll` it registers, so they are only valid inside tests and
 * hooks; reading one earlier (e.g. destructuring `const { rpc } = useMembershipHarness()` at collect
 * time) throws.
 */
export function useMembershipHarness(): MembershipHarness {
  let app: INestApplication | undefined;
  let rpc: RawRpc | undefined;
  let sql: TenantSql | undefined;

  beforeAll(async () => {
    app = await startMembership();
    rpc = await RawRpc.connect();
    sql = new TenantSql();
  });

  afterAll(async () => {
    await app?.close();
    if (rpc) await deleteNamespaceStreams(rpc.connection, process.env.NATS_NAMESPACE!);
    await rpc?.close();
    await sql?.close();
  });

  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) {
      throw new Error(
        `membership harness: ${name} is only available inside tests and hooks, after its beforeAll`,
      );
    }
    return value;
  };
  return {
    get app() {
      return ready(app, 'app');
    },
    get rpc() {
      return ready(rpc, 'rpc');
    },
    get sql() {
      return ready(sql, 'sql');
    },
  };
}
