import type { PersonDto } from '@groundwork/contracts';
import { RUNTIME_ROLE } from '@groundwork/service-kit';
import { Client } from 'pg';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

interface TenantTable {
  table: string;
  rls: boolean;
  forced: boolean;
  tenant_policies: number;
  pk_columns: string[] | null;
  unique_without_tenant: string[] | null;
}

/**
 * Every table with a `tenant_id` column, in every schema but Postgres' own: whether row-level
 * security is on and forced, how many policies read `app.tenant_id`, the primary key's columns and
 * any unique index that leaves `tenant_id` out.
 */
const TENANT_TABLES = `
  SELECT format('%I.%I', n.nspname, c.relname) AS table,
         c.relrowsecurity AS rls,
         c.relforcerowsecurity AS forced,
         (SELECT count(*)::int FROM pg_policy p
           WHERE p.polrelid = c.oid AND pg_get_expr(p.polqual, p.polrelid) LIKE '%app.tenant_id%') AS tenant_policies,
         (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_index i
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
           WHERE i.indrelid = c.oid AND i.indisprimary) AS pk_columns,
         (SELECT array_agg(i.indexrelid::regclass::text) FROM pg_index i
           WHERE i.indrelid = c.oid AND i.indisunique
             AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                              WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) AND a.attname = 'tenant_id')
         ) AS unique_without_tenant
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.relkind IN ('r', 'p')
     AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
     AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
   ORDER BY 1`;

/** The database itself keeps tenants apart, whatever the services do. */
describe('row-level security catalog', () => {
  const harness = useMembershipHarness();
  let runtime: Client;
  let coalition: Member;
  let person: PersonDto;

  beforeAll(async () => {
    runtime = new Client({ connectionString: process.env.APP_DATABASE_URL });
    await runtime.connect();
    coalition = await signUp(harness.rpc, 'Catalog');
    person = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Ada', lastName: 'Lovelace' },
      coalition.as,
    );
  });

  afterAll(async () => {
    await runtime?.end();
  });

  it('forces row-level security with a tenant policy on every table that has tenant_id', async () => {
    const tables = await harness.sql.query<TenantTable>(null, TENANT_TABLES);
    expect(tables.map((t) => t.table)).toEqual(
      expect.arrayContaining(['membership.people', 'membership.outbox']),
    );

    const unprotected = tables
      .filter((t) => !t.rls || !t.forced || t.tenant_policies === 0)
      .map((t) => t.table);
    expect(unprotected).toEqual([]);
  });

  it('keys every tenant table by tenant_id: primary keys and unique indexes include it', async () => {
    const tables = await harness.sql.query<TenantTable>(null, TENANT_TABLES);
    const badPrimaryKeys = tables.filter((t) => !t.pk_columns?.includes('tenant_id')).map((t) => t.table);
    expect(badPrimaryKeys).toEqual([]);
    expect(tables.flatMap((t) => t.unique_without_tenant ?? [])).toEqual([]);
  });

  it(`gives ${RUNTIME_ROLE} no way around the policies`, async () => {
    const [role] = await harness.sql.query(
      null,
      `SELECT rolsuper, rolbypassrls, pg_has_role($1, 'groundwork_owner', 'MEMBER') AS owner_member,
              (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owned_relations,
              (SELECT count(*)::int FROM pg_namespace WHERE nspowner = r.oid) AS owned_schemas
         FROM pg_roles r WHERE rolname = $1`,
      [RUNTIME_ROLE],
    );
    expect(role).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      owner_member: false,
      owned_relations: 0,
      owned_schemas: 0,
    });
    await expect(runtime.query(`ALTER TABLE membership.people DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(
      /must be owner/,
    );
  });

  it(`shows ${RUNTIME_ROLE} no people without app.tenant_id, although they exist`, async () => {
    const count = async (tenantId?: string) => {
      await runtime.query('BEGIN');
      try {
        if (tenantId !== undefined)
          await runtime.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
        const { rows } = await runtime.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM membership.people`,
        );
        return rows[0]!.count;
      } finally {
        await runtime.query('ROLLBACK');
      }
    };

    expect(await count()).toBe(0);
    expect(await count('')).toBe(0);
    expect(await count(coalition.tenantId)).toBeGreaterThanOrEqual(1);
    expect(
      (await harness.sql.query(null, `SELECT id FROM membership.people WHERE id = $1`, [person.id])).length,
    ).toBe(0);

    await expect(
      runtime.query(
        `INSERT INTO membership.people (tenant_id, id, first_name, last_name, created_at, updated_at)
         VALUES ($1, gen_random_uuid(), 'Mallory', 'Intruder', now(), now())`,
        [coalition.tenantId],
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
