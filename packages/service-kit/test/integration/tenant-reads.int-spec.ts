import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { ClsService } from 'nestjs-cls';
import { Client } from 'pg';
import { TenantContext, TenantContextMissingError } from '../../src/context/tenant-context';
import { grantRuntimeAccess, RUNTIME_ROLE, tenantTableRls } from '../../src/database/rls';
import { TenantReads } from '../../src/database/tenant-reads';

const SCHEMA = 'kit_tenant_reads_test';
const TABLE = `${SCHEMA}.notes`;

describe('TenantReads (real Postgres, row-level security)', () => {
  const context = new TenantContext(new ClsService(new AsyncLocalStorage()));
  // One connection, so every unit of work below shares it: a scope that outlived its unit would show.
  const reads = new TenantReads(
    { url: process.env.APP_DATABASE_URL!, poolSize: 1, applicationName: 'kit-test' },
    context,
  );
  const owner = new Client({ connectionString: process.env.OWNER_DATABASE_URL });
  const tenantA = randomUUID();
  const tenantB = randomUUID();

  const as = <T>(tenantId: string, fn: () => Promise<T>) =>
    context.run({ tenantId, actor: null, correlationId: 'test' }, fn);
  const bodies = async (tenantId: string) =>
    (
      await as(tenantId, () =>
        reads.rows<{ body: string }>({ sql: `SELECT body FROM ${TABLE} ORDER BY body` }),
      )
    ).map((row) => row.body);

  beforeAll(async () => {
    await owner.connect();
    await owner.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
    await owner.query(`DROP TABLE IF EXISTS ${TABLE}`);
    await owner.query(
      `CREATE TABLE ${TABLE} (tenant_id uuid NOT NULL, body text NOT NULL, PRIMARY KEY (tenant_id, body))`,
    );
    for (const statement of [...tenantTableRls(TABLE), ...grantRuntimeAccess(SCHEMA, RUNTIME_ROLE)]) {
      await owner.query(statement);
    }
    for (const [tenantId, body] of [
      [tenantA, 'a1'],
      [tenantA, 'a2'],
      [tenantB, 'b1'],
    ]) {
      await owner.query('BEGIN');
      await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      await owner.query(`INSERT INTO ${TABLE} (tenant_id, body) VALUES ($1, $2)`, [tenantId, body]);
      await owner.query('COMMIT');
    }
  });

  afterAll(async () => {
    await reads.onApplicationShutdown();
    await owner.end();
  });

  it("reads only the tenant's rows, without naming the tenant in the query", async () => {
    expect(await bodies(tenantA)).toEqual(['a1', 'a2']);
    expect(await bodies(tenantB)).toEqual(['b1']);
  });

  it('keeps each unit to its own tenant when units interleave on one connection', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, n) => bodies(n % 2 ? tenantA : tenantB)),
    );
    results.forEach((rows, n) => expect(rows).toEqual(n % 2 ? ['a1', 'a2'] : ['b1']));
  });

  it('answers several statements from one transaction, in order', async () => {
    const [count, first] = await as(tenantA, () =>
      reads.all([
        { sql: `SELECT count(*)::int AS n FROM ${TABLE}` },
        { sql: `SELECT body FROM ${TABLE} WHERE body > $1 ORDER BY body LIMIT 1`, values: ['a1'] },
      ]),
    );
    expect(count).toEqual([{ n: 2 }]);
    expect(first).toEqual([{ body: 'a2' }]);
  });

  it('keeps a prepared statement to the tenant of each read, after Postgres settles on a generic plan', async () => {
    const byPrefix = {
      sql: `SELECT body FROM ${TABLE} WHERE body LIKE $1 || '%' ORDER BY body`,
      prepared: true,
    };
    // Past the fifth execution on the one connection, Postgres may reuse a generic plan.
    for (let round = 0; round < 8; round += 1) {
      expect(await as(tenantA, () => reads.rows({ ...byPrefix, values: [''] }))).toEqual([
        { body: 'a1' },
        { body: 'a2' },
      ]);
      expect(await as(tenantB, () => reads.rows({ ...byPrefix, values: [''] }))).toEqual([{ body: 'b1' }]);
      expect(await as(tenantB, () => reads.rows({ ...byPrefix, values: ['a'] }))).toEqual([]);
    }
  });

  it('refuses to run without a tenant in context', async () => {
    await expect(reads.rows({ sql: 'SELECT 1' })).rejects.toBeInstanceOf(TenantContextMissingError);
  });

  it('is read-only, and a failed read leaves the connection clean for the next one', async () => {
    await expect(
      as(tenantA, () =>
        reads.rows({ sql: `INSERT INTO ${TABLE} (tenant_id, body) VALUES ($1, 'x')`, values: [tenantA] }),
      ),
    ).rejects.toThrow(/read-only transaction/);
    await expect(
      as(tenantA, () => reads.all([{ sql: 'SELECT 1/0' }, { sql: `SELECT body FROM ${TABLE}` }])),
    ).rejects.toThrow(/division by zero/);

    expect(await bodies(tenantB)).toEqual(['b1']);
    expect(
      await as(tenantA, () =>
        reads.rows({ sql: `SELECT count(*)::int AS n FROM ${TABLE} WHERE body = 'x'` }),
      ),
    ).toEqual([{ n: 0 }]);
  });
});
