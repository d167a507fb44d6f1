import type { INestApplication, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { migrateService, type ServiceMigrations } from '@groundwork/service-kit';
import { RawRpc } from './raw-rpc';
import { deleteNamespaceStreams } from './streams';
import { TenantSql } from './tenant-sql';

/** What a service's integration tests boot: its migrations and its root module. */
export interface ServiceUnderTest extends ServiceMigrations {
  /**
   * Loads the service's root module. Called after migrating, not imported at the top of the harness:
   * the module reads its configuration (NATS_URL…) when it loads, and a suite may change it first.
   */
  appModule: () => Type;
  /** Boot an HTTP server too (`/health`); by default only the application context, which answers NATS. */
  http?: boolean;
}

/**
 * The service running in this process on the migrated test database, in this test file's NATS
 * namespace, with a raw NATS caller and owner-role SQL scoped per tenant.
 */
export class ServiceHarness {
  private constructor(
    /** The service, booted in this process. */
    readonly app: INestApplicationContext,
    /** Calls its subjects on this test file's namespace. */
    readonly rpc: RawRpc,
    /** Reads and writes its database as the owner role, scoped to one tenant per query. */
    readonly sql: TenantSql,
  ) {}

  static async start(subject: ServiceUnderTest): Promise<ServiceHarness> {
    const app = await startService(subject);
    try {
      return new ServiceHarness(app, await RawRpc.connect(), new TenantSql());
    } catch (error) {
      await app.close();
      throw error;
    }
  }

  /** Closes everything even when one part fails (so Jest can exit), and deletes this namespace's streams. */
  async close(): Promise<void> {
    const results = await Promise.allSettled([
      this.app.close(),
      deleteNamespaceStreams(this.rpc.connection, process.env.NATS_NAMESPACE!).finally(() =>
        this.rpc.close(),
      ),
      this.sql.close(),
    ]);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  }
}

/** Migrates the test database and boots the service in this process (with HTTP when `http` is set). */
export async function startService(subject: ServiceUnderTest & { http: true }): Promise<INestApplication>;
export async function startService(subject: ServiceUnderTest): Promise<INestApplicationContext>;
export async function startService(subject: ServiceUnderTest): Promise<INestApplicationContext> {
  await migrateService(subject, process.env.OWNER_DATABASE_URL!, () => undefined);
  const module = subject.appModule();
  if (!subject.http) return NestFactory.createApplicationContext(module, { logger: ['error', 'warn'] });
  const app = await NestFactory.create(module, { logger: ['error'] });
  await app.init();
  return app;
}

/**
 * Boots the service (a {@link ServiceHarness}) once for the surrounding `describe` (or file) and tears
 * it down after it.
 *
 * Call it where the hooks belong, before the suite's own hooks: Jest runs `beforeAll` and `afterAll`
 * hooks in the order they were registered, so the suite's `beforeAll` can already use the harness,
 * and the harness is torn down before the suite's own `afterAll` runs.
 *
 * ```ts
 * describe('items', () => {
 *   const harness = useServiceHarness(probeUnderTest);
 *   it('creates one', async () => {
 *     await harness.rpc.ok('probe.item.create', { name: 'x' }, { tenantId });
 *   });
 * ```
 *
 * The fields are filled in by the `beforeAll` it registers, so they are only valid inside tests and
 * hooks; reading one earlier (e.g. destructuring at collect time) throws.
 */
export function useServiceHarness(subject: ServiceUnderTest): Pick<ServiceHarness, 'app' | 'rpc' | 'sql'> {
  let harness: ServiceHarness | undefined;

  beforeAll(async () => {
    harness = await ServiceHarness.start(subject);
  });

  afterAll(async () => {
    await harness?.close();
  });

  const ready = (name: string): ServiceHarness => {
    if (!harness) {
      throw new Error(
        `${subject.service} harness: ${name} is only available inside tests and hooks, after its beforeAll`,
      );
    }
    return harness;
  };
  return {
    get app() {
      return ready('app').app;
    },
    get rpc() {
      return ready('rpc').rpc;
    },
    get sql() {
      return ready('sql').sql;
    },
  };
}
