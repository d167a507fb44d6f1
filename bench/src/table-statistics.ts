import type { Pool } from 'pg';

/** The planner statistics of one table as a section of the bench began. */
export interface TableStatisticsAt {
  section: string;
  table: string;
  liveRows: number;
  modifiedSinceAnalyze: number;
  lastAnalyze: string | null;
  /** Fewer rows changed since the last ANALYZE than autovacuum's threshold (50 rows and 10%). */
  fresh: boolean;
}

/** Tables whose statistics the measured paths plan on. */
export const BENCH_TABLES = ['people', 'person_search_terms', 'duplicate_candidates', 'outbox'];

/**
 * Whether a section runs on fresh statistics: where autovacuum is off or lags, a plan made on stale
 * ones can turn an index lookup into a walk of the coalition, and the figures would measure that.
 */
export async function tableStatisticsAt(admin: Pool, section: string): Promise<TableStatisticsAt[]> {
  const { rows } = await admin.query<Omit<TableStatisticsAt, 'section' | 'fresh'>>(
    `SELECT relname AS "table", n_live_tup::int AS "liveRows", n_mod_since_analyze::int AS "modifiedSinceAnalyze",
            to_char(greatest(last_analyze, last_autoanalyze), 'YYYY-MM-DD HH24:MI:SS') AS "lastAnalyze"
       FROM pg_stat_user_tables WHERE schemaname = 'membership' AND relname = ANY($1) ORDER BY relname`,
    [BENCH_TABLES],
  );
  return rows.map((row) => ({
    ...row,
    section,
    fresh: row.lastAnalyze !== null && row.modifiedSinceAnalyze <= 50 + 0.1 * row.liveRows,
  }));
}
