import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@groundwork/contracts';
import { serviceRole } from '@groundwork/service-kit';
import { TenantSql } from '@groundwork/testing';
import { EvaluationHarness } from './support/evaluation-harness';

describe('tenant isolation', () => {
  let harness: EvaluationHarness;
  let runtimeSql: TenantSql;
  const tenantA = randomUUID();
  const tenantB = randomUUID();
  const now = new Date().toISOString();

  beforeAll(async () => {
    harness = await EvaluationHarness.start();
    runtimeSql = new TenantSql(process.env.EVALUATION_DATABASE_URL);
    const { events } = harness;
    const archived = randomUUID();
    await events.publishAll([
      events.personCreated(tenantA, now, archived),
      events.personCreated(tenantA, now),
      events.personArchived(tenantA, archived, now),
    ]);
    await harness.caughtUp();
  });

  afterAll(async () => {
    await runtimeSql.close();
    await harness.close();
  });

  const tables = [
    'evaluation.membership_daily',
    'evaluation.membership_totals',
    'evaluation.processed_events',
  ];

  it("gives coalition B zeros for coalition A's events", async () => {
    expect(await harness.overview(tenantA)).toEqual({ totalPeople: 1, joinedLast30Days: 2 });
    expect(await harness.overview(tenantB)).toEqual({ totalPeople: 0, joinedLast30Days: 0 });

    const [pointA] = await harness.trend(tenantA, { from: now, to: now, interval: 'DAY' });
    const [pointB] = await harness.trend(tenantB, { from: now, to: now, interval: 'DAY' });
    expect(pointA).toMatchObject({ total: 1, joined: 2, archived: 1 });
    expect(pointB).toMatchObject({ total: 0, joined: 0, archived: 0 });
  });

  it.each(tables)("shows no row of A's in %s to a transaction scoped to B", async (table) => {
    const count = `SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`;
    const [own] = await harness.sql.query<{ n: number }>(tenantA, count, [tenantA]);
    expect(own!.n).toBeGreaterThan(0);
    expect(await harness.sql.query(tenantB, count, [tenantA])).toEqual([{ n: 0 }]);
    expect(await runtimeSql.query(tenantB, count, [tenantA])).toEqual([{ n: 0 }]);
  });

  it('shows the runtime role nothing without a tenant', async () => {
    for (const table of tables) {
      expect(await runtimeSql.query(null, `SELECT count(*)::int AS n FROM ${table}`)).toEqual([{ n: 0 }]);
    }
  });

  it('refuses B writing a row for A, and refuses the runtime role TRUNCATE', async () => {
    await expect(
      runtimeSql.query(
        tenantB,
        `INSERT INTO evaluation.membership_totals (tenant_id, people) VALUES ($1, 100)`,
        [tenantA],
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(runtimeSql.query(tenantB, `TRUNCATE evaluation.membership_totals`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it('forces row-level security with a policy on every evaluation table that has tenant_id', async () => {
    const unprotected = await harness.sql.query(
      null,
      `SELECT c.relname
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'evaluation' AND c.relkind = 'r'
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
          AND (NOT c.relrowsecurity OR NOT c.relforcerowsecurity
               OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid))`,
    );
    expect(unprotected).toEqual([]);
    const [role] = await harness.sql.query(
      null,
      `SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = $1`,
      [serviceRole('evaluation')],
    );
    expect(role).toEqual({ rolbypassrls: false, rolsuper: false });
  });

  it.each(['evaluation.overview.get', 'evaluation.membership-trend.get'] as const)(
    'refuses %s without a tenant',
    async (subject) => {
      const error = await harness.rpc.error(subject, {
        from: '2024-01-01T00:00:00Z',
        to: '2024-01-02T00:00:00Z',
        interval: 'DAY',
      });
      expect(error.code).toBe(ErrorCode.TENANT_REQUIRED);
    },
  );
});
