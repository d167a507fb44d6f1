import { RUNTIME_ROLE } from './rls';

/** The function through which a service refreshes the planner statistics of its own tables. */
export function tableStatisticsFunctionName(schema: string): string {
  return `${schema}.refresh_table_statistics`;
}

/**
 * SQL for a migration: `<schema>.refresh_table_statistics(tables text[], changed_rows bigint[])`, which
 * runs ANALYZE on the named tables of that schema and returns the names it analyzed. Only a table's
 * owner may ANALYZE it, and the runtime role owns nothing, so the function runs as its owner (SECURITY
 * DEFINER) and can do nothing else: it names no table outside `schema` and refuses other names.
 *
 * Without `changed_rows` it analyzes every table named. With it (rows written per table, as the caller
 * counted them) it skips tables where fewer rows changed since their last ANALYZE than autovacuum's
 * own threshold (50 rows and 10%), so small writes can ask for a refresh at little cost. The caller's
 * count stands in for `n_mod_since_analyze`, which a writing backend may report seconds later.
 */
export function tableStatisticsFunction(schema: string, runtimeRole: string = RUNTIME_ROLE): string[] {
  const name = tableStatisticsFunctionName(schema);
  return [
    `CREATE FUNCTION ${name}(tables text[], changed_rows bigint[] DEFAULT NULL) RETURNS text[]
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
     DECLARE
       unknown text[];
       analyzed text[] := '{}';
       target record;
     BEGIN
       SELECT array_agg(wanted ORDER BY wanted) INTO unknown
         FROM unnest(tables) AS wanted
        WHERE NOT EXISTS (
          SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = '${schema}' AND c.relname = wanted AND c.relkind IN ('r', 'p'));
       IF unknown IS NOT NULL THEN
         RAISE EXCEPTION 'refresh_table_statistics: no table % in schema ${schema}', unknown;
       END IF;
       FOR target IN
         SELECT c.relname, max(w.changed) AS changed, max(c.reltuples) AS reltuples,
                max(s.n_mod_since_analyze) AS modified, max(greatest(s.last_analyze, s.last_autoanalyze)) AS analyzed_at
           FROM unnest(tables, changed_rows) AS w(name, changed)
           JOIN pg_class c ON c.relname = w.name
           JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = '${schema}'
           LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
          WHERE w.name IS NOT NULL
          GROUP BY c.relname
          ORDER BY c.relname
       LOOP
         IF changed_rows IS NULL
            OR target.analyzed_at IS NULL
            OR greatest(target.modified, target.changed, 0) > 50 + 0.1 * greatest(target.reltuples, 0) THEN
           EXECUTE format('ANALYZE %I.%I', '${schema}', target.relname);
           analyzed := analyzed || target.relname::text;
         END IF;
       END LOOP;
       RETURN analyzed;
     END
     $fn$`,
    `REVOKE ALL ON FUNCTION ${name}(text[], bigint[]) FROM PUBLIC`,
    `GRANT EXECUTE ON FUNCTION ${name}(text[], bigint[]) TO ${runtimeRole}`,
  ];
}

export function dropTableStatisticsFunction(schema: string): string[] {
  return [`DROP FUNCTION ${tableStatisticsFunctionName(schema)}(text[], bigint[])`];
}
