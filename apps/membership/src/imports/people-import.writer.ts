import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TableStatistics, TenantContext } from '@groundwork/service-kit';
import { ImportRowReason } from '@groundwork/contracts';
import type { ImportPlan } from './import-plan';

export interface ChunkResult {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/**
 * `values->>'column'` as the other side of a lookup in people that can use the column's index. Under
 * row-level security Postgres uses a condition for an index only if nothing in it could leak rows,
 * and `->>` is not LEAKPROOF, so `people.email = b.v->>'email'` walks every person of the coalition
 * (seen: minutes per chunk). As a scalar sub-select the value reaches the scan as a parameter instead,
 * and the lookup is one index probe.
 */
function indexable(values: string, column: string): string {
  return `(SELECT ${values}->>'${column}')`;
}

/** The tables an import chunk (or its undo) writes, triggers included. */
export const IMPORTED_TABLES = ['people', 'person_search_terms', 'import_chunks', 'import_changes'];

/**
 * Whether the planner's statistics are refreshed as soon as a chunk commits, before the next chunk
 * plans its lookups in people: as the import doubles what it wrote (after chunks 1, 2, 4, 8, 16…), so
 * a large import pays for a handful of ANALYZEs, not one per chunk. Other chunks ask for a refresh
 * in the background, which runs only if enough rows changed since the last one.
 */
function refreshesStatistics(chunk: number): boolean {
  return (chunk & (chunk - 1)) === 0;
}

/** At most this many tags on a person (the people table's check). */
const MAX_TAGS = 50;

const REJECTIONS = {
  email: {
    code: ImportRowReason.EMAIL_TAKEN,
    message: 'another person in this coalition already has this email',
  },
  external_id: {
    code: ImportRowReason.EXTERNAL_ID_TAKEN,
    message: 'another person in this coalition already has this external id',
  },
  names: {
    code: ImportRowReason.MISSING_NAME,
    message: 'first name and last name are needed to create a person',
  },
};
const REPEATED = {
  email: ImportRowReason.EMAIL_REPEATED,
  external_id: ImportRowReason.EXTERNAL_ID_REPEATED,
} as const;

/**
 * The SQL of an import: checks over the whole staged file before anything is written, then one
 * chunk at a time `INSERT … SELECT` (new people) and `UPDATE … FROM` (matched people) under
 * row-level security, and the reverse for undo. Column names come from the field catalogue, never
 * from the file; values always travel as parameters or through `jsonb_populate_record`.
 */
@Injectable()
export class PeopleImportWriter {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
    private readonly statistics: TableStatistics,
  ) {}

  /**
   * Over the whole staged file, before anything is written: rows that repeat a person (the same
   * match key) are merged into the first of them; then rows that could not be imported whatever
   * happens in between are rejected with a reason: an email or external id of another person of the
   * file, a new person without both names, an email or external id that belongs to someone other
   * than the row's match. Running it again changes nothing more.
   */
  async preflight(importId: string, plan: ImportPlan): Promise<void> {
    const params = [this.context.tenantId(), importId];
    await this.mergeRepeats(importId, plan);
    for (const key of ['email', 'external_id'] as const) {
      if (key === plan.matchColumn || !plan.columns.includes(key)) continue;
      await this.txHost.tx.query(
        // Materialized: only the (few) repeats are joined back, one primary-key probe each; staging
        // tables are never analyzed, so the planner must not be left to guess their size.
        `WITH repeats AS MATERIALIZED (
           SELECT row_number, first_line FROM (
             SELECT row_number, line, first_value(line) OVER (PARTITION BY "values"->>'${key}' ORDER BY row_number) AS first_line
               FROM membership.import_values
              WHERE tenant_id = $1 AND import_id = $2 AND error IS NULL AND merged_into IS NULL AND "values"->>'${key}' IS NOT NULL) w
            WHERE first_line <> line)
         UPDATE membership.import_values v SET reason = $3, error = 'same ' || $4 || ' as line ' || d.first_line || ', which is another person'
           FROM repeats d
          WHERE v.tenant_id = $1 AND v.import_id = $2 AND v.row_number = d.row_number`,
        [...params, REPEATED[key], key.replace('_', ' ')],
      );
    }
    const match = this.matchSql(plan, `v."values"`);
    await this.txHost.tx.query(
      `UPDATE membership.import_values v SET reason = $3, error = $4
        WHERE v.tenant_id = $1 AND v.import_id = $2 AND v.error IS NULL AND v.merged_into IS NULL
          AND (v."values"->>'first_name' IS NULL OR v."values"->>'last_name' IS NULL) AND ${match} IS NULL`,
      [...params, REJECTIONS.names.code, REJECTIONS.names.message],
    );
    for (const column of ['email', 'external_id'] as const) {
      if (column === plan.matchColumn || !plan.columns.includes(column)) continue;
      await this.txHost.tx.query(
        `UPDATE membership.import_values v SET reason = $3, error = $4
          WHERE v.tenant_id = $1 AND v.import_id = $2 AND v.error IS NULL AND v.merged_into IS NULL
            AND v."values"->>'${column}' IS NOT NULL
            AND NOT ($5 = 'SKIP' AND ${match} IS NOT NULL)
            AND EXISTS (SELECT 1 FROM membership.people o
                         WHERE o.tenant_id = $1 AND o.${column} = ${indexable(`v."values"`, column)}
                           ${column === 'email' ? 'AND o.archived_at IS NULL' : ''}
                           AND o.id IS DISTINCT FROM ${match})`,
        [...params, REJECTIONS[column].code, REJECTIONS[column].message, plan.onMatch],
      );
    }
  }

  /**
   * Rows with the same match key are one person: the first row takes, field by field, the first
   * value any of them has (tags: all of them, each once), and the others point at it (`merged_into`)
   * and are neither imported on their own nor rejected. Only good rows are merged, so a bad row
   * does not take a person's other rows down with it.
   */
  private async mergeRepeats(importId: string, plan: ImportPlan): Promise<void> {
    const key = plan.matchColumn;
    await this.txHost.tx.query(
      `WITH keyed AS MATERIALIZED (
         SELECT row_number, "values" AS v,
                min(row_number) OVER (PARTITION BY "values"->>'${key}') AS first_row,
                count(*) OVER (PARTITION BY "values"->>'${key}') AS rows_of_person
           FROM membership.import_values
          WHERE tenant_id = $1 AND import_id = $2 AND error IS NULL AND merged_into IS NULL
            AND "values"->>'${key}' IS NOT NULL),
       repeats AS MATERIALIZED (SELECT row_number, v, first_row FROM keyed WHERE rows_of_person > 1),
       fields AS (
         SELECT DISTINCT ON (r.first_row, e.key) r.first_row, e.key, e.value
           FROM repeats r, jsonb_each(r.v) e
          WHERE e.key <> 'tags' AND e.value <> 'null'::jsonb
          ORDER BY r.first_row, e.key, r.row_number),
       tags AS (
         SELECT first_row, jsonb_agg(tag ORDER BY first_seen) AS tags FROM (
           SELECT r.first_row, t.tag, min(r.row_number::bigint * 1000 + t.n) AS first_seen
             FROM repeats r, jsonb_array_elements_text(coalesce(r.v->'tags', '[]')) WITH ORDINALITY AS t(tag, n)
            GROUP BY r.first_row, t.tag) seen
          GROUP BY first_row),
       merged AS (
         SELECT f.first_row,
                jsonb_object_agg(f.key, f.value)
                  || CASE WHEN t.tags IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('tags', t.tags) END AS v
           FROM fields f LEFT JOIN tags t ON t.first_row = f.first_row
          GROUP BY f.first_row, t.tags)
       UPDATE membership.import_values iv
          SET "values" = CASE WHEN iv.row_number = r.first_row THEN m.v ELSE iv."values" END,
              merged_into = CASE WHEN iv.row_number = r.first_row THEN NULL ELSE r.first_row END
         FROM repeats r JOIN merged m ON m.first_row = r.first_row
        WHERE iv.tenant_id = $1 AND iv.import_id = $2 AND iv.row_number = r.row_number`,
      [this.context.tenantId(), importId],
    );
  }

  /**
   * Imports staged rows `(fromRow, toRow]` as chunk `chunk`: matches, re-checks the conflicts a
   * concurrent change could have caused (those rows are rejected, not imported), creates the rest
   * and updates matched people by `onMatch`, recording what undo needs.
   */
  async importChunk(
    importId: string,
    plan: ImportPlan,
    chunk: number,
    fromRow: number,
    toRow: number,
  ): Promise<ChunkResult & { rejectedRows: Array<{ rowNumber: number; code: string; reason: string }> }> {
    const tx = this.txHost.tx;
    const tenantId = this.context.tenantId();
    await tx.query(`CREATE TEMP TABLE IF NOT EXISTS import_batch (
      row_number int, new_id uuid, person_id uuid, v jsonb, reject text) ON COMMIT DELETE ROWS`);
    await tx.query(
      `INSERT INTO import_batch (row_number, new_id, v)
       SELECT row_number, gen_random_uuid(), "values" FROM membership.import_values
        WHERE tenant_id = $1 AND import_id = $2 AND row_number > $3 AND row_number <= $4
          AND error IS NULL AND merged_into IS NULL`,
      [tenantId, importId, fromRow, toRow],
    );
    await tx.query(
      `UPDATE import_batch b SET person_id = ${this.matchSql(plan, 'b.v')} WHERE b.v->>'${plan.matchColumn}' IS NOT NULL`,
      [tenantId],
    );
    await tx.query(
      `UPDATE import_batch SET reject = $1 WHERE person_id IS NULL AND (v->>'first_name' IS NULL OR v->>'last_name' IS NULL)`,
      [REJECTIONS.names.message],
    );
    for (const column of ['email', 'external_id'] as const) {
      if (column === plan.matchColumn || !plan.columns.includes(column)) continue;
      await tx.query(
        `UPDATE import_batch b SET reject = $2
          WHERE b.reject IS NULL AND b.v->>'${column}' IS NOT NULL AND NOT ($3 = 'SKIP' AND b.person_id IS NOT NULL)
            AND EXISTS (SELECT 1 FROM membership.people o WHERE o.tenant_id = $1 AND o.${column} = ${indexable('b.v', column)}
                          ${column === 'email' ? 'AND o.archived_at IS NULL' : ''} AND o.id IS DISTINCT FROM b.person_id)`,
        [tenantId, REJECTIONS[column].message, plan.onMatch],
      );
    }
    const rejectedRows: Array<{ rowNumber: number; reason: string }> = await tx.query(
      `SELECT row_number AS "rowNumber", reject AS reason FROM import_batch WHERE reject IS NOT NULL`,
    );
    const codes = new Map(Object.values(REJECTIONS).map((rejection) => [rejection.message, rejection.code]));

    const created = await this.createPeople(importId, plan, chunk, fromRow, toRow);
    const matched: Array<{ n: number }> = await tx.query(
      `SELECT count(*)::int AS n FROM import_batch WHERE person_id IS NOT NULL AND reject IS NULL`,
    );
    const updated = plan.onMatch === 'SKIP' ? 0 : await this.updatePeople(importId, plan, chunk);
    this.statistics.afterCommit(IMPORTED_TABLES, {
      rows: created + updated,
      beforeReturning: refreshesStatistics(chunk),
    });
    return {
      created,
      updated,
      unchanged: (matched[0]?.n ?? 0) - updated,
      rejected: rejectedRows.length,
      rejectedRows: rejectedRows.map((row) => ({ ...row, code: codes.get(row.reason) ?? 'CONFLICT' })),
    };
  }

  /** Undoes chunk `chunk`: deletes the people it created, restores what it changed where unchanged since. */
  async undoChunk(
    importId: string,
    plan: ImportPlan,
    chunk: number,
  ): Promise<{ removed: number; restored: number }> {
    const params = [this.context.tenantId(), importId, chunk];
    const removed = await this.count(
      `DELETE FROM membership.people p USING membership.import_chunks c
        WHERE c.tenant_id = $1 AND c.import_id = $2 AND c.chunk = $3 AND p.tenant_id = $1 AND p.id = ANY (c.created_ids)`,
      params,
    );
    const assignments = plan.columns
      .filter((column) => column !== 'tags')
      .map(
        (column) =>
          `${column} = CASE WHEN p.${column} IS NOT DISTINCT FROM a.${column} THEN b.${column} ELSE p.${column} END`,
      );
    if (plan.columns.includes('preferred_language') && plan.hasPreferredLanguages) {
      assignments.push(
        `preferred_languages = CASE WHEN p.preferred_language IS NOT DISTINCT FROM a.preferred_language THEN b.preferred_languages ELSE p.preferred_languages END`,
      );
    }
    // Tags the import added, and only those, come off again.
    assignments.push(
      `tags = ARRAY(SELECT t FROM unnest(p.tags) AS t WHERE NOT (t = ANY (a.tags) AND NOT t = ANY (b.tags)))`,
    );
    const restored = await this.count(
      `UPDATE membership.people p SET ${assignments.join(', ')}, updated_at = now()
         FROM membership.import_changes c,
              jsonb_populate_record(NULL::membership.people, c.before) b,
              jsonb_populate_record(NULL::membership.people, c.after) a
        WHERE c.tenant_id = $1 AND c.import_id = $2 AND c.chunk = $3 AND p.tenant_id = $1 AND p.id = c.person_id`,
      params,
    );
    this.statistics.afterCommit(IMPORTED_TABLES, { rows: removed + restored });
    return { removed, restored };
  }

  private async createPeople(
    importId: string,
    plan: ImportPlan,
    chunk: number,
    fromRow: number,
    toRow: number,
  ): Promise<number> {
    const columns = plan.columns.filter((column) => column !== 'tags');
    const insertColumns = [...columns, 'tags'];
    const selects = [...columns.map((column) => `r.${column}`), this.tagsSql('r.tags', '$5::text[]')];
    if (plan.hasPreferredLanguages && columns.includes('preferred_language')) {
      insertColumns.push('preferred_languages');
      selects.push(
        `CASE WHEN r.preferred_language IS NULL THEN '{}'::text[] ELSE ARRAY[r.preferred_language] END`,
      );
    }
    if (plan.hasSource) {
      insertColumns.push('source');
      selects.push(`'IMPORT'`);
    }
    const rows: Array<{ n: number }> = await this.txHost.tx.query(
      `WITH created AS (
         INSERT INTO membership.people (tenant_id, id, ${insertColumns.join(', ')}, created_at, updated_at)
         SELECT $1, b.new_id, ${selects.join(', ')}, $6, $6
           FROM import_batch b, jsonb_populate_record(NULL::membership.people, b.v) r
          WHERE b.person_id IS NULL AND b.reject IS NULL
          ORDER BY b.row_number
         RETURNING id)
       INSERT INTO membership.import_chunks (tenant_id, import_id, chunk, first_row, last_row, created_ids)
       SELECT $1, $2, $3, $4, $7, coalesce(array_agg(id), '{}') FROM created
       RETURNING cardinality(created_ids) AS n`,
      [this.context.tenantId(), importId, chunk, fromRow + 1, plan.tags, new Date(), toRow],
    );
    return rows[0]?.n ?? 0;
  }

  private async updatePeople(importId: string, plan: ImportPlan, chunk: number): Promise<number> {
    const overwrite = plan.onMatch === 'OVERWRITE';
    const next = new Map<string, string>();
    for (const column of plan.columns) {
      if (column === 'tags') continue;
      if (column === 'phone_sms') {
        next.set(
          column,
          overwrite
            ? `coalesce(r.phone_sms, p.phone_sms)`
            : `CASE WHEN p.phone IS NULL THEN coalesce(r.phone_sms, p.phone_sms) ELSE p.phone_sms END`,
        );
      } else {
        next.set(
          column,
          overwrite ? `coalesce(r.${column}, p.${column})` : `coalesce(p.${column}, r.${column})`,
        );
      }
    }
    if (plan.hasPreferredLanguages && next.has('preferred_language')) {
      const language = next.get('preferred_language')!;
      next.set(
        'preferred_languages',
        `CASE WHEN ${language} IS NULL THEN p.preferred_languages ELSE array_prepend(${language}, array_remove(p.preferred_languages, ${language})) END`,
      );
    }
    next.set('tags', this.tagsSql("p.tags || coalesce(r.tags, '{}')", '$4::text[]'));
    const pairs = (source: (column: string) => string) =>
      `jsonb_build_object(${[...next.keys()].map((column) => `'${column}', ${source(column)}`).join(', ')})`;
    const recorded = await this.count(
      `INSERT INTO membership.import_changes (tenant_id, import_id, person_id, chunk, before, after)
       SELECT $1, $2, person_id, $3, before, after FROM (
         SELECT p.id AS person_id, ${pairs((column) => `p.${column}`)} AS before, ${pairs((column) => next.get(column)!)} AS after
           FROM import_batch b
           JOIN membership.people p ON p.tenant_id = $1 AND p.id = b.person_id,
                jsonb_populate_record(NULL::membership.people, b.v) r
          WHERE b.reject IS NULL) changes
        WHERE before <> after
       ON CONFLICT DO NOTHING RETURNING 1`,
      [this.context.tenantId(), importId, chunk, plan.tags],
    );
    if (recorded === 0) return 0;
    return this.count(
      `UPDATE membership.people p SET ${[...next.keys()].map((column) => `${column} = a.${column}`).join(', ')}, updated_at = now()
         FROM membership.import_changes c, jsonb_populate_record(NULL::membership.people, c.after) a
        WHERE c.tenant_id = $1 AND c.import_id = $2 AND c.chunk = $3 AND p.tenant_id = $1 AND p.id = c.person_id`,
      [this.context.tenantId(), importId, chunk],
    );
  }

  /**
   * The person `values` (an SQL jsonb expression) matches, or NULL; the oldest when several do. The
   * `OFFSET 0` keeps the matches a subquery of their own: without it the planner may serve the
   * ORDER BY … LIMIT 1 by walking the coalition's people in creation order, testing each against the
   * value (seen: minutes per 20,000-row chunk in a coalition of 200,000), instead of looking the value
   * up in the match column's index and sorting the one or few rows found.
   */
  private matchSql(plan: ImportPlan, values: string): string {
    return `(SELECT found.id FROM (
               SELECT m.id, m.created_at FROM membership.people m
                WHERE m.tenant_id = $1 AND m.${plan.matchColumn} = ${indexable(values, plan.matchColumn)}
                  ${plan.matchLivingOnly ? 'AND m.archived_at IS NULL' : ''}
               OFFSET 0) found
              ORDER BY found.created_at, found.id LIMIT 1)`;
  }

  /** `tags` plus the import's tags, each once in first-seen order, at most {@link MAX_TAGS}. */
  private tagsSql(tags: string, importTags: string): string {
    return `(ARRAY(SELECT t FROM unnest(coalesce(${tags}, '{}') || ${importTags}) WITH ORDINALITY AS u(t, n)
                   GROUP BY t ORDER BY min(n) LIMIT ${MAX_TAGS}))`;
  }

  private async count(sql: string, params: unknown[]): Promise<number> {
    const result: unknown = await this.txHost.tx.query(sql, params);
    // TypeORM's postgres driver returns [rows, affectedCount] for UPDATE and DELETE, rows otherwise.
    if (Array.isArray(result) && result.length === 2 && typeof result[1] === 'number') return result[1];
    return Array.isArray(result) ? result.length : 0;
  }
}
