import { Client } from 'pg';
import { serviceAccessList, serviceEnvName } from '../../src/service-access';

interface TenantTable {
  schema: string;
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
  SELECT n.nspname AS schema,
         format('%I.%I', n.nspname, c.relname) AS table,
         c.relrowsecurity AS rls,
         c.relforcerowsecurity AS forced,
         (SELECT count(*)::int FROM pg_policy p
           WHERE p.polrelid = c.oid AND pg_get_expr(p.polqual, p.polrelid) LIKE '%current_setting(''app.tenant_id''%') AS tenant_policies,
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
   ORDER BY 2`;

const services = serviceAccessList().filter(
  (service): service is typeof service & { schema: string; dbRole: string } =>
    service.schema !== null && service.dbRole !== null,
);

/**
 * The database itself keeps tenants and services apart, whatever the services do: for every schema of
 * every service (services.json) on the migrated test database (`npm test` migrates first).
 */
describe('row-level security and service roles, across every service', () => {
  const owner = new Client({ connectionString: process.env.OWNER_DATABASE_URL });
  const runtime = new Map<string, Client>();
  let tables: TenantTable[];

  beforeAll(async () => {
    await owner.connect();
    for (const service of services) {
      const client = new Client({
        connectionString: process.env[serviceEnvName(service.name, 'DATABASE_URL')],
      });
      await client.connect();
      runtime.set(service.name, client);
    }
    tables = (await owner.query<TenantTable>(TENANT_TABLES)).rows;
  });

  afterAll(async () => {
    await Promise.all([owner, ...runtime.values()].map((client) => client.end()));
  });

  it.each(services.map((s) => [s.name, s.schema]))(
    'finds the migrated tenant tables of %s in schema %s',
    (_, schema) => {
      expect(tables.filter((t) => t.schema === schema).length).toBeGreaterThan(0);
    },
  );

  it("forces row-level security with a policy on current_setting('app.tenant_id') on every table that has tenant_id", () => {
    const unprotected = tables
      .filter((t) => !t.rls || !t.forced || t.tenant_policies === 0)
      .map((t) => t.table);
    expect(unprotected).toEqual([]);
  });

  it('keys every tenant table by tenant_id: primary keys and unique indexes include it', () => {
    expect(tables.filter((t) => !t.pk_columns?.includes('tenant_id')).map((t) => t.table)).toEqual([]);
    expect(tables.flatMap((t) => t.unique_without_tenant ?? [])).toEqual([]);
  });

  it.each(services.map((s) => [s.dbRole, s.name]))(
    'gives %s (%s) no way around the policies',
    async (role, name) => {
      const { rows } = await owner.query(
        `SELECT rolsuper, rolbypassrls, pg_has_role($1, 'groundwork_owner', 'MEMBER') AS owner_member,
              (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owned_relations,
              (SELECT count(*)::int FROM pg_namespace WHERE nspowner = r.oid) AS owned_schemas
         FROM pg_roles r WHERE rolname = $1`,
        [role],
      );
      expect(rows).toEqual([
        { rolsuper: false, rolbypassrls: false, owner_member: false, owned_relations: 0, owned_schemas: 0 },
      ]);
      const own = services.find((s) => s.name === name)!;
      const table = tables.find((t) => t.schema === own.schema)!.table;
      await expect(
        runtime.get(name)!.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`),
      ).rejects.toThrow(/must be owner/);
    },
  );

  it.each(services.map((s) => [s.name]))(
    'lets %s read its own tenant tables, and without a tenant sees no rows',
    async (name) => {
      const own = services.find((s) => s.name === name)!;
      for (const { table } of tables.filter((t) => t.schema === own.schema)) {
        const { rows } = await runtime
          .get(name)!
          .query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table}`);
        expect({ table, count: rows[0]!.count }).toEqual({ table, count: 0 });
      }
    },
  );

  it.each(services.flatMap((a) => services.filter((b) => b !== a).map((b) => [a.name, b.name])))(
    "refuses %s every table of %s's schema: permission denied",
    async (reader, owner) => {
      const theirs = services.find((s) => s.name === owner)!;
      const theirTables = tables.filter((t) => t.schema === theirs.schema);
      expect(theirTables.length).toBeGreaterThan(0);
      for (const { table } of theirTables) {
        await expect(runtime.get(reader)!.query(`SELECT 1 FROM ${table} LIMIT 1`)).rejects.toThrow(
          /permission denied/,
        );
      }
    },
  );

  it('leaves the former shared runtime role groundwork_app no privilege on any service schema', async () => {
    const { rows } = await owner.query<{ schema: string }>(
      `SELECT nspname AS schema FROM pg_namespace
        WHERE nspname = ANY ($1) AND has_schema_privilege('groundwork_app', oid, 'USAGE')`,
      [services.map((s) => s.schema)],
    );
    expect(rows).toEqual([]);
  });

  it("grants each service's role nothing outside its own schema, and groundwork_app nothing at all", async () => {
    // A later migration granting to (or revoking from) the shared role instead of the service's own
    // would show up here.
    const { rows } = await owner.query<{ grantee: string; object: string }>(
      `SELECT a.grantee::regrole::text AS grantee, format('%I.%I', n.nspname, c.relname) AS object
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
        CROSS JOIN LATERAL aclexplode(c.relacl) a
        WHERE n.nspname = ANY ($1)
          AND a.grantee <> c.relowner
          AND (a.grantee::regrole::text = 'groundwork_app'
               OR a.grantee::regrole::text <> ALL (SELECT role FROM unnest($2::text[], $1::text[]) AS own (role, schema)
                                                    WHERE own.schema = n.nspname))
        ORDER BY 1, 2`,
      [services.map((s) => s.schema), services.map((s) => s.dbRole)],
    );
    expect(rows).toEqual([]);
  });
});
