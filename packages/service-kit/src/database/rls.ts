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

export const RUNTIME_ROLE = 'groundwork_app';
