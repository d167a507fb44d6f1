import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { MergeField, PersonIdFate } from '@groundwork/contracts';
import { TenantContext, type KeysetPosition } from '@groundwork/service-kit';

export interface PersonMergeRow {
  id: string;
  kept_person_id: string;
  merged_person_id: string;
  fields_from_merged: MergeField[];
  fields_filled: string[];
  merged_by: string | null;
  merged_at: Date;
}

export interface PersonIdResolution {
  personId: string;
  fate: PersonIdFate;
  currentPersonId: string | null;
}

const COLUMNS = `id, kept_person_id, merged_person_id, fields_from_merged, fields_filled, merged_by, merged_at`;

/** Merges are followed at most this deep when resolving an id (a chain is one merge of a merge of…). */
const MAX_CHAIN = 100;

/** The record of merges, inside the caller's unit of work. */
@Injectable()
export class PersonMergesRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async record(merge: Omit<PersonMergeRow, 'merged_at'>): Promise<PersonMergeRow> {
    const [row] = await this.txHost.tx.query<PersonMergeRow[]>(
      `INSERT INTO membership.person_merges (tenant_id, ${COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, now()) RETURNING ${COLUMNS}`,
      [
        this.context.tenantId(),
        merge.id,
        merge.kept_person_id,
        merge.merged_person_id,
        merge.fields_from_merged,
        merge.fields_filled,
        merge.merged_by,
      ],
    );
    return row!;
  }

  /** Newest first; with `personId`, the merges into or of that person. */
  async page(
    limit: number,
    after: KeysetPosition | undefined,
    personId: string | undefined,
  ): Promise<{ rows: PersonMergeRow[]; totalCount: number; hasMore: boolean }> {
    const tenantId = this.context.tenantId();
    const rows = await this.txHost.tx.query<PersonMergeRow[]>(
      `SELECT ${COLUMNS} FROM membership.person_merges
        WHERE tenant_id = $1 AND ($3::uuid IS NULL OR kept_person_id = $3 OR merged_person_id = $3)
          AND ($4::timestamptz IS NULL OR (merged_at, id) < ($4::timestamptz, $5::uuid))
        ORDER BY merged_at DESC, id DESC LIMIT $2`,
      [tenantId, limit + 1, personId ?? null, after?.at ?? null, after?.id ?? null],
    );
    const [count] = await this.txHost.tx.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM membership.person_merges
        WHERE tenant_id = $1 AND ($2::uuid IS NULL OR kept_person_id = $2 OR merged_person_id = $2)`,
      [tenantId, personId ?? null],
    );
    return { rows: rows.slice(0, limit), totalCount: count!.n, hasMore: rows.length > limit };
  }

  /** Follows merges of merges from each id to where it ends: a living person, an erasure, or nothing. */
  async resolve(ids: string[]): Promise<PersonIdResolution[]> {
    const rows = await this.txHost.tx.query<
      Array<{ personId: string; current: string; depth: number; live: boolean; erased: boolean }>
    >(
      `WITH RECURSIVE chain AS (
         SELECT asked, asked AS current, 0 AS depth FROM unnest($2::uuid[]) AS asked
         UNION ALL
         SELECT chain.asked, m.kept_person_id, chain.depth + 1
           FROM chain JOIN membership.person_merges m ON m.tenant_id = $1 AND m.merged_person_id = chain.current
          WHERE chain.depth < ${MAX_CHAIN}
       ),
       ends AS (SELECT DISTINCT ON (asked) asked, current, depth FROM chain ORDER BY asked, depth DESC)
       SELECT ends.asked AS "personId", ends.current, ends.depth,
              EXISTS (SELECT 1 FROM membership.people p WHERE p.tenant_id = $1 AND p.id = ends.current) AS live,
              EXISTS (SELECT 1 FROM membership.person_erasures e WHERE e.tenant_id = $1 AND e.person_id = ends.current) AS erased
         FROM ends`,
      [this.context.tenantId(), ids],
    );
    return rows.map((row): PersonIdResolution => {
      if (row.live)
        return {
          personId: row.personId,
          fate: row.depth === 0 ? 'LIVE' : 'MERGED',
          currentPersonId: row.current,
        };
      return { personId: row.personId, fate: row.erased ? 'ERASED' : 'UNKNOWN', currentPersonId: null };
    });
  }
}
