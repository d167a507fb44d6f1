import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { DuplicateReason, DuplicateStatus } from '@groundwork/contracts';
import { TableStatistics, TenantContext } from '@groundwork/service-kit';

export interface DuplicateCandidateRow {
  id: string;
  first_person_id: string;
  second_person_id: string;
  reasons: DuplicateReason[];
  score: number;
  name_similarity: number;
  status: DuplicateStatus;
  detected_at: Date;
  resolved_at: Date | null;
  resolved_by: string | null;
}

/** Names at least this similar (pg_trgm, 0–1) in the same postal code make a candidate. */
export const NAME_SIMILARITY_THRESHOLD = 0.4;

/**
 * An email or phone held by more people than this is a shared one (an office switchboard, a family
 * address), not a sign that its holders are one person: it pairs nobody, where it would pair every
 * two of its holders.
 */
export const MAX_HOLDERS_OF_A_DUPLICATE_CONTACT = 10;

const COLUMNS = `id, first_person_id, second_person_id, reasons, score, name_similarity, status, detected_at, resolved_at, resolved_by`;

/**
 * The `column` values held by `scope` people (main or extra), and those of them held by at most
 * MAX_HOLDERS_OF_A_DUPLICATE_CONTACT people. Holders are counted once per distinct value and stop
 * counting just past the limit, so a value shared by thousands costs one short index scan.
 */
function heldContacts(column: 'email' | 'phone', table: 'person_emails' | 'person_phones'): string {
  return `held_${column}s AS MATERIALIZED (
    SELECT id, ${column} FROM scope WHERE ${column} IS NOT NULL
    UNION
    SELECT c.person_id, c.${column} FROM membership.${table} c JOIN scope ON scope.id = c.person_id WHERE c.tenant_id = $1
  ),
  unshared_${column}s AS MATERIALIZED (
    SELECT v.${column} FROM (SELECT DISTINCT ${column} FROM held_${column}s) AS v
     WHERE (SELECT count(DISTINCT holders.id) FROM (
              SELECT o.id FROM membership.people o WHERE o.tenant_id = $1 AND o.${column} = v.${column} AND o.archived_at IS NULL
              UNION ALL
              SELECT c.person_id FROM membership.${table} c WHERE c.tenant_id = $1 AND c.${column} = v.${column}
              -- a person holds a value at most twice (main and extra)
              LIMIT ${2 * (MAX_HOLDERS_OF_A_DUPLICATE_CONTACT + 1)}) AS holders) <= ${MAX_HOLDERS_OF_A_DUPLICATE_CONTACT}
  ),
  scope_${column}s AS MATERIALIZED (
    SELECT held.id, held.${column} FROM held_${column}s held JOIN unshared_${column}s USING (${column})
  )`;
}

/** People of `scope` paired with people of one postal code whose `sound` column is the same. */
function sameSoundingNames(sound: 'first_name_sound' | 'last_name_sound'): string {
  return `SELECT s.id, o.id, 'NAME_AND_POSTAL_CODE'
      FROM scope s JOIN membership.people o
        ON o.tenant_id = $1 AND o.postal_code = s.postal_code AND o.${sound} = s.${sound} AND o.archived_at IS NULL
     WHERE s.postal_code IS NOT NULL AND o.id <> s.id
       AND public.similarity(o.first_name || ' ' || o.last_name, s.first_name || ' ' || s.last_name) >= ${NAME_SIMILARITY_THRESHOLD}`;
}

/**
 * The pairs one refresh finds among `scope` (the given people, or every living person) and every
 * living person of the coalition. Under row-level security only LEAKPROOF operators use an index, so
 * candidates are blocked with `=` on email, phone and postal code (btree indexes leading with
 * tenant_id), and the trigram similarity of names is computed only inside a postal-code block whose
 * surnames or first names sound alike (the stored double metaphone codes), never across the
 * coalition. Shared contacts (see MAX_HOLDERS_OF_A_DUPLICATE_CONTACT) are left out.
 */
const FIND_PAIRS = `
  scope AS MATERIALIZED (
    SELECT id, first_name, last_name, first_name_sound, last_name_sound, postal_code, email, phone FROM membership.people
     WHERE tenant_id = $1 AND archived_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY ($2::uuid[]))
  ),
  ${heldContacts('email', 'person_emails')},
  ${heldContacts('phone', 'person_phones')},
  pairs AS (
    SELECT s.id AS x, o.id AS y, 'EMAIL' AS reason
      FROM scope_emails s JOIN membership.people o ON o.tenant_id = $1 AND o.email = s.email AND o.archived_at IS NULL
    UNION
    SELECT s.id, e.person_id, 'EMAIL'
      FROM scope_emails s JOIN membership.person_emails e ON e.tenant_id = $1 AND e.email = s.email
    UNION
    SELECT s.id, o.id, 'PHONE'
      FROM scope_phones s JOIN membership.people o ON o.tenant_id = $1 AND o.phone = s.phone AND o.archived_at IS NULL
    UNION
    SELECT s.id, p.person_id, 'PHONE'
      FROM scope_phones s JOIN membership.person_phones p ON p.tenant_id = $1 AND p.phone = s.phone
    UNION
    ${sameSoundingNames('last_name_sound')}
    UNION
    ${sameSoundingNames('first_name_sound')}
  ),
  grouped AS (
    SELECT least(x, y) AS first_id, greatest(x, y) AS second_id, array_agg(DISTINCT reason ORDER BY reason) AS reasons
      FROM pairs WHERE x <> y GROUP BY 1, 2
  ),
  found AS (
    SELECT g.first_id, g.second_id, g.reasons, similarity.value AS name_similarity,
           round((1 - (1 - CASE WHEN 'EMAIL' = ANY (g.reasons) THEN 0.9 ELSE 0 END)
                    * (1 - CASE WHEN 'PHONE' = ANY (g.reasons) THEN 0.8 ELSE 0 END)
                    * (1 - similarity.value * CASE WHEN 'NAME_AND_POSTAL_CODE' = ANY (g.reasons) THEN 1 ELSE 0.5 END))::numeric, 2)::real AS score
      FROM grouped g
      JOIN membership.people a ON a.tenant_id = $1 AND a.id = g.first_id AND a.archived_at IS NULL
      JOIN membership.people b ON b.tenant_id = $1 AND b.id = g.second_id AND b.archived_at IS NULL,
      LATERAL (SELECT round(public.similarity(a.first_name || ' ' || a.last_name, b.first_name || ' ' || b.last_name)::numeric, 2)::real AS value) AS similarity
  )`;

/** Duplicate candidates of the current coalition, inside the caller's unit of work. */
@Injectable()
export class DuplicateCandidateRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
    private readonly statistics: TableStatistics,
  ) {}

  /**
   * Finds candidates among `personIds` (or everyone), adds new pairs, updates open ones and drops
   * open pairs of those people that no longer match. Dismissed and merged pairs are never touched.
   */
  async refresh(personIds: string[] | null): Promise<{ foundCount: number; openCount: number }> {
    const [result] = await this.txHost.tx.query<
      Array<{ foundCount: number; upserted: number; stale: number }>
    >(
      `WITH ${FIND_PAIRS},
       upserted AS (
         INSERT INTO membership.duplicate_candidates AS d
           (tenant_id, id, first_person_id, second_person_id, reasons, score, name_similarity, status, detected_at)
         SELECT $1, gen_random_uuid(), first_id, second_id, reasons, score, name_similarity, 'OPEN', now() FROM found
         ON CONFLICT (tenant_id, first_person_id, second_person_id) DO UPDATE
           SET reasons = excluded.reasons, score = excluded.score, name_similarity = excluded.name_similarity
           WHERE d.status = 'OPEN'
         RETURNING 1
       ),
       stale AS (
         DELETE FROM membership.duplicate_candidates d
          WHERE d.tenant_id = $1 AND d.status = 'OPEN'
            AND ($2::uuid[] IS NULL OR d.first_person_id = ANY ($2::uuid[]) OR d.second_person_id = ANY ($2::uuid[]))
            AND NOT EXISTS (SELECT 1 FROM found f WHERE f.first_id = d.first_person_id AND f.second_id = d.second_person_id)
         RETURNING 1
       )
       SELECT (SELECT count(*) FROM found)::int AS "foundCount",
              (SELECT count(*) FROM upserted)::int AS upserted, (SELECT count(*) FROM stale)::int AS stale`,
      [this.context.tenantId(), personIds],
    );
    this.statistics.afterCommit(['duplicate_candidates'], { rows: result!.upserted + result!.stale });
    return { foundCount: result!.foundCount, openCount: await this.count('OPEN') };
  }

  async count(status: DuplicateStatus): Promise<number> {
    const [row] = await this.txHost.tx.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM membership.duplicate_candidates WHERE tenant_id = $1 AND status = $2`,
      [this.context.tenantId(), status],
    );
    return row!.n;
  }

  /** A page of one status, likeliest first; `after` is the last row's (score, id). */
  page(
    status: DuplicateStatus,
    limit: number,
    after: { score: number; id: string } | null,
  ): Promise<DuplicateCandidateRow[]> {
    return this.txHost.tx.query(
      `SELECT ${COLUMNS} FROM membership.duplicate_candidates
        WHERE tenant_id = $1 AND status = $2
          AND ($4::real IS NULL OR (score, id) < ($4::real, $5::uuid))
        ORDER BY score DESC, id DESC LIMIT $3`,
      [this.context.tenantId(), status, limit, after?.score ?? null, after?.id ?? null],
    );
  }

  findByIds(ids: string[]): Promise<DuplicateCandidateRow[]> {
    return this.txHost.tx.query(
      `SELECT ${COLUMNS} FROM membership.duplicate_candidates WHERE tenant_id = $1 AND id = ANY ($2::uuid[])`,
      [this.context.tenantId(), ids],
    );
  }

  async findForUpdate(id: string): Promise<DuplicateCandidateRow | null> {
    const [row] = await this.txHost.tx.query<DuplicateCandidateRow[]>(
      `SELECT ${COLUMNS} FROM membership.duplicate_candidates WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [this.context.tenantId(), id],
    );
    return row ?? null;
  }

  async resolve(
    id: string,
    status: Exclude<DuplicateStatus, 'OPEN'>,
    by: string | null,
  ): Promise<DuplicateCandidateRow> {
    const [row] = await this.txHost.tx.query<[DuplicateCandidateRow[], number]>(
      `UPDATE membership.duplicate_candidates SET status = $3, resolved_at = now(), resolved_by = $4
        WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [this.context.tenantId(), id, status, by],
    );
    return row[0]!;
  }

  /**
   * After a merge: the pair, if it was a candidate, becomes MERGED; other open pairs of the
   * merged-away person go (a refresh finds the kept person's anew).
   */
  async recordMerge(keptId: string, mergedId: string, by: string | null): Promise<void> {
    const [first, second] = keptId < mergedId ? [keptId, mergedId] : [mergedId, keptId];
    await this.txHost.tx.query(
      `DELETE FROM membership.duplicate_candidates
        WHERE tenant_id = $1 AND status = 'OPEN' AND (first_person_id = $2 OR second_person_id = $2)
          AND NOT (first_person_id = $3 AND second_person_id = $4)`,
      [this.context.tenantId(), mergedId, first, second],
    );
    await this.txHost.tx.query(
      `UPDATE membership.duplicate_candidates SET status = 'MERGED', resolved_at = now(), resolved_by = $4
        WHERE tenant_id = $1 AND first_person_id = $2 AND second_person_id = $3 AND status <> 'MERGED'`,
      [this.context.tenantId(), first, second, by],
    );
  }

  async deleteFor(personId: string): Promise<void> {
    await this.txHost.tx.query(
      `DELETE FROM membership.duplicate_candidates WHERE tenant_id = $1 AND (first_person_id = $2 OR second_person_id = $2)`,
      [this.context.tenantId(), personId],
    );
  }
}
