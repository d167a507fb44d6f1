import type { SystemReason } from '../context/request-context';

/** The tenant in the current transaction; NULL (matching nothing) when none was set. */
export const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * SQL for a tenant table: row-level security enabled and forced (so even the owner is subject to it)
 * with one policy comparing `tenant_id` to the setting directly, which keeps index scans on
 * `(tenant_id, …)`. `systemReasons` adds a separate policy admitting the named no-tenant paths.
 */
export function tenantTableRls(table: string, systemReasons: SystemReason[] = []): string[] {
  const statements = [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${CURRENT_TENANT}) WITH CHECK (tenant_id = ${CURRENT_TENANT})`,
  ];
  if (systemReasons.length > 0) {
    statements.push(
      `CREATE POLICY system_paths ON ${table} USING (${systemReasonIn(systemReasons)}) WITH CHECK (${systemReasonIn(systemReasons)})`,
    );
  }
  return statements;
}

export function systemReasonIn(reasons: SystemReason[]): string {
  return `current_setting('app.system_context', true) IN (${reasons.map((reason) => `'${reason}'`).join(', ')})`;
}

/** Lets the runtime role use a schema's tables, present and future, without owning them. */
export function grantRuntimeAccess(schema: string, runtimeRole: string): string[] {
  return [
    `GRANT USAGE ON SCHEMA ${schema} TO ${runtimeRole}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${runtimeRole}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${runtimeRole}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${runtimeRole}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${runtimeRole}`,
  ];
}

/**
 * The runtime role every service shared before each got its own. Merged migrations still name it; new
 * migrations grant to `serviceRole(...)` instead.
 */
export const RUNTIME_ROLE = 'groundwork_app';

/**
 * The Postgres role a service connects as (created by infra/postgres/service-role.sql, listed in
 * services.json): granted its own schema and nothing else, owns nothing, cannot bypass
 * row-level security.
 */
export function serviceRole(service: string): string {
  return `groundwork_${service}`;
}

/**
 * Moves every privilege `fromRole` holds in `schema` (the schema itself, its tables, views and
 * sequences, its functions and the owner's default privileges for future objects) to `toRole`, then
 * revokes them from `fromRole`. Copied grant by grant, so what a migration revoked on purpose (append-only
 * tables) stays revoked for the new role.
 */
export function moveRuntimeAccess(schema: string, toRole: string, fromRole: string = RUNTIME_ROLE): string[] {
  const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
  return [
    `GRANT USAGE ON SCHEMA ${schema} TO ${toRole}`,
    `DO $$
    DECLARE
      r record;
    BEGIN
      FOR r IN
        SELECT c.oid::regclass AS relation, c.relkind = 'S' AS is_sequence,
               string_agg(DISTINCT a.privilege_type, ', ') AS privileges
          FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace
          CROSS JOIN LATERAL aclexplode(c.relacl) a
         WHERE n.nspname = ${literal(schema)} AND a.grantee = ${literal(fromRole)}::regrole
         GROUP BY c.oid, c.relkind
      LOOP
        EXECUTE format('GRANT %s ON %s %s TO %I', r.privileges,
                       CASE WHEN r.is_sequence THEN 'SEQUENCE' ELSE 'TABLE' END, r.relation, ${literal(toRole)});
        EXECUTE format('REVOKE ALL ON %s %s FROM %I',
                       CASE WHEN r.is_sequence THEN 'SEQUENCE' ELSE 'TABLE' END, r.relation, ${literal(fromRole)});
      END LOOP;
      FOR r IN
        SELECT DISTINCT p.oid::regprocedure AS routine
          FROM pg_proc p
          JOIN pg_namespace n ON n.oid = p.pronamespace
          CROSS JOIN LATERAL aclexplode(p.proacl) a
         WHERE n.nspname = ${literal(schema)} AND a.grantee = ${literal(fromRole)}::regrole
      LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', r.routine, ${literal(toRole)});
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM %I', r.routine, ${literal(fromRole)});
      END LOOP;
    END $$`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${toRole}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${toRole}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} REVOKE ALL ON TABLES FROM ${fromRole}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} REVOKE ALL ON SEQUENCES FROM ${fromRole}`,
    `REVOKE ALL ON SCHEMA ${schema} FROM ${fromRole}`,
  ];
}
