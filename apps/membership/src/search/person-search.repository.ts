import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import { personRows } from '../people/person-queries';
import { PersonEntity } from '../people/person.entity';
import type { SearchCursor } from './search-cursor';
import type { SearchToken } from './search-query';

export interface SearchPage {
  rows: Array<{ person: PersonEntity; rank: number }>;
  hasMore: boolean;
  totalCount: number;
}

/**
 * Ranked people search over `person_search_terms` (see the search migration). Every condition on
 * the term index is a leakproof text comparison, so the runtime role reads it by index under
 * row-level security:
 * - each token is one range `term >= token AND term < next(token)` (a prefix), or one equality for
 *   short words; a word also probes its two double-metaphone codes (`~CODE`), the typo tolerance;
 * - a person matches when every token matched one of their terms; a token scores its best term's
 *   weight, doubled when the term equals the token (whole word, or a sound-alike);
 * - the rank adds the trigram similarity of the folded name to the query, computed on the
 *   candidates only, so "Jon Smith" ranks John Smith above Jonathan Smithers.
 * Ties are broken by person id, which keeps keyset pages stable.
 *
 * `tokens` and `bounds` are MATERIALIZED on purpose: their columns then reach the term scans as plain
 * values. Inlined, `term < left(token, -1) || chr(…)` or `term = '~' || dmetaphone(token)` would carry
 * functions that are not LEAKPROOF, and row-level security would refuse them as index conditions.
 */
export function searchSql(selectList: string): string {
  return `
WITH tokens AS MATERIALIZED (
  SELECT ord, (CASE WHEN kind = 'word' THEN membership.search_fold(text) ELSE text END) COLLATE "C" AS token, kind, prefix
    FROM unnest($2::text[], $3::text[], $4::boolean[]) WITH ORDINALITY AS given (text, kind, prefix, ord)
), bounds AS MATERIALIZED (
  SELECT ord, token, prefix,
         (CASE WHEN prefix THEN left(token, -1) || chr(ascii(right(token, 1)) + 1) ELSE token END) COLLATE "C" AS below,
         (CASE WHEN kind = 'word' THEN '~' || public.dmetaphone(token) ELSE '' END) COLLATE "C" AS sound,
         (CASE WHEN kind = 'word' THEN '~' || public.dmetaphone_alt(token) ELSE '' END) COLLATE "C" AS sound_alt
    FROM tokens
), hits AS (
  SELECT b.ord, found.person_id, max(found.score) AS score
    FROM bounds b
    CROSS JOIN LATERAL (
      SELECT s.person_id, CASE WHEN s.term = b.token THEN s.weight * 2 ELSE s.weight END AS score
        FROM membership.person_search_terms s
       WHERE b.prefix AND s.tenant_id = $1 AND s.term >= b.token AND s.term < b.below
      UNION ALL
      SELECT s.person_id, s.weight * 2
        FROM membership.person_search_terms s
       WHERE NOT b.prefix AND s.tenant_id = $1 AND s.term = b.token
      UNION ALL
      SELECT s.person_id, s.weight * 2
        FROM membership.person_search_terms s
       WHERE b.sound <> '~' AND s.tenant_id = $1 AND s.term = b.sound
      UNION ALL
      SELECT s.person_id, s.weight * 2
        FROM membership.person_search_terms s
       WHERE b.sound_alt <> '~' AND b.sound_alt <> b.sound AND s.tenant_id = $1 AND s.term = b.sound_alt
    ) AS found
   GROUP BY b.ord, found.person_id
), matched AS (
  SELECT person_id, sum(score)::int AS score
    FROM hits
   GROUP BY person_id
  HAVING count(*) = (SELECT count(*) FROM tokens)
), ranked AS MATERIALIZED (
  SELECT m.person_id,
         m.score + round(100 * public.similarity(membership.search_fold(p.first_name || ' ' || p.last_name), membership.search_fold($5)))::int AS search_rank
    FROM matched m
    JOIN membership.people p ON p.tenant_id = $1 AND p.id = m.person_id
   WHERE $6 OR p.archived_at IS NULL
)
SELECT (SELECT count(*) FROM ranked)::int AS search_total, page.*
  FROM (SELECT 1) AS one
  LEFT JOIN LATERAL (
    SELECT ${selectList}, r.search_rank
      FROM ranked r
      JOIN membership.people p ON p.tenant_id = $1 AND p.id = r.person_id
     WHERE $7::int IS NULL OR r.search_rank < $7 OR (r.search_rank = $7 AND r.person_id > $8::uuid)
     ORDER BY r.search_rank DESC, r.person_id
     LIMIT $9
  ) AS page ON true`;
}

@Injectable()
export class PersonSearchRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async search(query: {
    text: string;
    tokens: SearchToken[];
    includeArchived: boolean;
    after?: SearchCursor;
    limit: number;
  }): Promise<SearchPage> {
    const tx = this.txHost.tx;
    const select = personRows.selectList(tx).replace(/"([a-z_0-9]+)" AS/g, 'p."$1" AS');
    type Row = Record<string, unknown> & { search_total: number; search_rank: number | null };
    const rows = await tx.query<Row[]>(searchSql(select), [
      this.context.tenantId(),
      query.tokens.map((token) => token.text),
      query.tokens.map((token) => token.kind),
      query.tokens.map((token) => token.prefix),
      query.text,
      query.includeArchived,
      query.after?.rank ?? null,
      query.after?.id ?? null,
      query.limit + 1,
    ]);
    const found = rows.filter((row) => row.search_rank !== null);
    const people = found.map((row) => {
      const { search_total: _total, search_rank: rank, ...columns } = row;
      return { person: Object.assign(new PersonEntity(), columns), rank: rank! };
    });
    return {
      rows: people.slice(0, query.limit),
      hasMore: people.length > query.limit,
      totalCount: rows[0]?.search_total ?? 0,
    };
  }
}
