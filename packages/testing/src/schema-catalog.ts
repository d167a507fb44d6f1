import { Client } from 'pg';

/**
 * One schema as the database holds it, one line per object, sorted: tables (kind, persistence,
 * row-level security), columns (type, nullability, default, generated), constraints, indexes,
 * policies, triggers, views, functions (signature, security, a hash of the body) and grants. What
 * the migrations produce, in a form a snapshot can hold and a reviewer can read in a diff.
 */
const CATALOG = `
  SELECT format('table %s %s%s%s', c.relname,
                CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned' WHEN 'v' THEN 'view'
                               WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' ELSE c.relkind::text END,
                CASE WHEN c.relpersistence = 'u' THEN ' unlogged' ELSE '' END,
                CASE WHEN c.relrowsecurity THEN ' rls' || CASE WHEN c.relforcerowsecurity THEN ' forced' ELSE '' END ELSE '' END)
    FROM pg_class c WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
  UNION ALL
  SELECT format('column %s.%s %s%s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                CASE WHEN a.attnotnull THEN ' not null' ELSE '' END,
                CASE WHEN a.attgenerated = 's' THEN ' generated as ' || pg_get_expr(d.adbin, d.adrelid)
                     WHEN d.adbin IS NOT NULL THEN ' default ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END,
                CASE WHEN a.attidentity <> '' THEN ' identity' ELSE '' END)
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT format('constraint %s.%s %s', c.relname, k.conname, pg_get_constraintdef(k.oid))
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
   WHERE k.connamespace = $1::regnamespace
  UNION ALL
  SELECT format('index %s', pg_get_indexdef(i.indexrelid))
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
   WHERE c.relnamespace = $1::regnamespace
  UNION ALL
  SELECT format('policy %s.%s %s to %s using (%s) with check (%s)', tablename, policyname, cmd,
                array_to_string(roles, ','), qual, with_check)
    FROM pg_policies WHERE schemaname = $2
  UNION ALL
  SELECT format('trigger %s', pg_get_triggerdef(t.oid))
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
   WHERE c.relnamespace = $1::regnamespace AND NOT t.tgisinternal
  UNION ALL
  SELECT format('view %s %s', c.relname, md5(pg_get_viewdef(c.oid)))
    FROM pg_class c WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('v', 'm')
  UNION ALL
  SELECT format('function %s(%s) returns %s%s body %s', p.proname, pg_get_function_identity_arguments(p.oid),
                pg_get_function_result(p.oid), CASE WHEN p.prosecdef THEN ' security definer' ELSE '' END,
                md5(p.prosrc))
    FROM pg_proc p WHERE p.pronamespace = $1::regnamespace
  UNION ALL
  SELECT format('grant %s on %s to %s', g.privilege_type, c.relname, g.grantee::regrole)
    FROM pg_class c, aclexplode(c.relacl) AS g
   WHERE c.relnamespace = $1::regnamespace AND g.grantee <> c.relowner AND g.grantee <> 0
  UNION ALL
  SELECT format('grant %s on schema to %s', g.privilege_type, g.grantee::regrole)
    FROM pg_namespace n, aclexplode(n.nspacl) AS g
   WHERE n.oid = $1::regnamespace AND g.grantee <> n.nspowner AND g.grantee <> 0`;

/** The lines of {@link CATALOG} for `schema`, read through `url` (the owner, who sees everything). */
export async function schemaCatalog(url: string, schema: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ line: string }>(
      `SELECT line FROM (${CATALOG}) AS catalog(line) ORDER BY line COLLATE "C"`,
      [schema, schema],
    );
    return rows.map((row) => row.line);
  } finally {
    await client.end();
  }
}
