import { RUNTIME_ROLE } from './rls';

/** The function through which a service refreshes the planner statistics of its own tables. */
export function tableStatisticsFunctionName(schema: string): string {
  return `${schema}.refresh_table_statistics`;
}

/**
 * SQL for a migration: `<schema>.refresh_table_statistics(tables text[], only_changed boolean)`, which
 * runs ANALYZE on the named tables of that schema. Only a table's owner may ANALYZE it, and the
 * runtime role owns nothing, so the function runs as its owner (SECURITY DEFINER) and can do nothing
 * else: it names no table outside `schema` and refuses names that are not tables there.
 *
 * With `only_changed` it skips tables whose rows changed less than autovacuum's own threshold since
 * their last ANALYZE (50 rows and 10%), so small writes can ask for a refresh at little cost.
 */
export function tableStatisticsFunction(schema: string, runtimeRole: string = RUNTIME_ROLE): string[] {
  const name = tableStatisticsFunctionName(schema);
  return [
    `CREATE FUNCTION ${name}(tables text[], only_changed boolean DEFAULT false) RETURNS text[]
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
         SELECT DISTINCT c.relname, c.reltuples, s.n_mod_since_analyze, s.last_analyze, s.last_autoanalyze
           FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
           LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
          WHERE n.nspname = '${schema}' AND c.relname = ANY(tables)
          ORDER BY c.relname
       LOOP
         IF NOT only_changed
            OR (target.last_analyze IS NULL AND target.last_autoanalyze IS NULL)
            OR coalesce(target.n_mod_since_analyze, 0) > 50 + 0.1 * greatest(target.reltuples, 0) THEN
           EXECUTE format('ANALYZE %I.%I', '${schema}', target.relname);
           analyzed := analyzed || target.relname::text;
         END IF;
       END LOOP;
       RETURN analyzed;
     END
     $fn$`,
    `REVOKE ALL ON FUNCTION ${name}(text[], boolean) FROM PUBLIC`,
    `GRANT EXECUTE ON FUNCTION ${name}(text[], boolean) TO ${runtimeRole}`,
  ];
}

export function dropTableStatisticsFunction(schema: string): string[] {
  return [`DROP FUNCTION ${tableStatisticsFunctionName(schema)}(text[], boolean)`];
}
