import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { RoundStatus } from '@groundwork/contracts';
import { TenantContext, type KeysetPosition } from '@groundwork/service-kit';
import type { Round, RoundOption } from './round';

type RoundRow = Omit<Round, 'options'>;
type OptionRow = RoundOption & { roundId: string };

const ROUND_COLUMNS = `id, title, description, method, seats, status, results_visibility AS "resultsVisibility",
  secret, opens_at AS "opensAt", closes_at AS "closesAt", dots_per_voter AS "dotsPerVoter",
  score_min AS "scoreMin", score_max AS "scoreMax", tie_break_seed AS "tieBreakSeed", quorum,
  created_by AS "createdBy", created_at AS "createdAt", opened_at AS "openedAt", closed_at AS "closedAt"`;

/** How a read locks the round: FOR SHARE while ballots go in, FOR UPDATE to change its status. */
export type RoundLock = 'none' | 'share' | 'update';

/** Rounds and their options, inside the current unit of work of the tenant in context. */
@Injectable()
export class RoundRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async insert(round: Round): Promise<void> {
    const tenantId = this.context.tenantId();
    await this.txHost.tx.query(
      `INSERT INTO listening.rounds (tenant_id, id, title, description, method, seats, status, results_visibility,
         secret, opens_at, closes_at, dots_per_voter, score_min, score_max, tie_break_seed, quorum, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
        tenantId,
        round.id,
        round.title,
        round.description,
        round.method,
        round.seats,
        round.status,
        round.resultsVisibility,
        round.secret,
        round.opensAt,
        round.closesAt,
        round.dotsPerVoter,
        round.scoreMin,
        round.scoreMax,
        round.tieBreakSeed,
        round.quorum,
        round.createdBy,
        round.createdAt,
      ],
    );
    await this.txHost.tx.query(
      `INSERT INTO listening.round_options (tenant_id, round_id, id, position, title, description, candidate_issue_id)
       SELECT $1, $2, o.id, o.position, o.title, o.description, o."candidateIssueId"
       FROM jsonb_to_recordset($3::jsonb) AS o(id uuid, position smallint, title text, description text, "candidateIssueId" uuid)`,
      [tenantId, round.id, JSON.stringify(round.options)],
    );
  }

  async findById(id: string, lock: RoundLock = 'none'): Promise<Round | undefined> {
    const suffix = lock === 'share' ? ' FOR SHARE' : lock === 'update' ? ' FOR UPDATE' : '';
    const rows = await this.txHost.tx.query<RoundRow[]>(
      `SELECT ${ROUND_COLUMNS} FROM listening.rounds WHERE tenant_id = $1 AND id = $2${suffix}`,
      [this.context.tenantId(), id],
    );
    const [round] = await this.withOptions(rows);
    return round;
  }

  async findByIds(ids: string[]): Promise<Round[]> {
    const rows = await this.txHost.tx.query<RoundRow[]>(
      `SELECT ${ROUND_COLUMNS} FROM listening.rounds WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
      [this.context.tenantId(), ids],
    );
    return this.withOptions(rows);
  }

  /** Newest first; `limit + 1` rows are read to know whether another page follows. */
  async page(
    limit: number,
    after?: KeysetPosition,
  ): Promise<{ rows: Round[]; totalCount: number; hasMore: boolean }> {
    const tenantId = this.context.tenantId();
    const rows = await this.txHost.tx.query<RoundRow[]>(
      `SELECT ${ROUND_COLUMNS} FROM listening.rounds
       WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $4`,
      [tenantId, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    const [{ count }] = await this.txHost.tx.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM listening.rounds WHERE tenant_id = $1`,
      [tenantId],
    );
    return {
      rows: await this.withOptions(rows.slice(0, limit)),
      totalCount: count,
      hasMore: rows.length > limit,
    };
  }

  async setStatus(id: string, status: RoundStatus, at: Date): Promise<void> {
    const column = status === 'OPEN' ? 'opened_at' : 'closed_at';
    await this.txHost.tx.query(
      `UPDATE listening.rounds SET status = $3, ${column} = $4 WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), id, status, at],
    );
  }

  private async withOptions(rows: RoundRow[]): Promise<Round[]> {
    if (rows.length === 0) return [];
    const options = await this.txHost.tx.query<OptionRow[]>(
      `SELECT round_id AS "roundId", id, position, title, description, candidate_issue_id AS "candidateIssueId"
       FROM listening.round_options WHERE tenant_id = $1 AND round_id = ANY($2::uuid[]) ORDER BY round_id, position`,
      [this.context.tenantId(), rows.map((row) => row.id)],
    );
    const byRound = new Map<string, RoundOption[]>();
    for (const { roundId, ...option } of options) {
      const list = byRound.get(roundId) ?? [];
      list.push(option);
      byRound.set(roundId, list);
    }
    return rows.map((row) => ({ ...row, options: byRound.get(row.id) ?? [] }));
  }
}
