import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { OverviewDto, TrendInterval } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';

/** The tables this projection owns; a rebuild empties exactly these. */
export const MEMBERSHIP_PROJECTION_TABLES = [
  'evaluation.membership_daily',
  'evaluation.membership_totals',
  'evaluation.import_joins',
];

export interface TrendRow {
  at: Date;
  total: number;
  joined: number;
  archived: number;
}

const BUCKET_UNIT: Record<TrendInterval, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

/**
 * SQL over the membership projection, inside the caller's unit of work. Queries name the tenant
 * besides row-level security enforcing it, so they stay single-shard on Citus.
 */
@Injectable()
export class MembershipProjectionRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /** Adds joins and archives to the UTC day of `at`, and their net to the people on the rolls. */
  async record(at: string, change: { joined: number; archived: number }): Promise<void> {
    const tenantId = this.context.tenantId();
    await this.txHost.tx.query(
      `INSERT INTO evaluation.membership_daily AS d (tenant_id, day, joined, archived)
       VALUES ($1, ($2::timestamptz AT TIME ZONE 'UTC')::date, $3, $4)
       ON CONFLICT (tenant_id, day)
       DO UPDATE SET joined = d.joined + EXCLUDED.joined, archived = d.archived + EXCLUDED.archived`,
      [tenantId, at, change.joined, change.archived],
    );
    await this.txHost.tx.query(
      `INSERT INTO evaluation.membership_totals AS t (tenant_id, people) VALUES ($1, $2)
       ON CONFLICT (tenant_id) DO UPDATE SET people = t.people + EXCLUDED.people`,
      [tenantId, change.joined - change.archived],
    );
  }

  /** People on the rolls now, and joins over the last 30 UTC days (today included). */
  async overview(): Promise<OverviewDto> {
    const [row] = await this.txHost.tx.query<OverviewDto[]>(
      `SELECT
         coalesce((SELECT people FROM evaluation.membership_totals WHERE tenant_id = $1), 0)::int AS "totalPeople",
         coalesce((SELECT sum(joined) FROM evaluation.membership_daily
                    WHERE tenant_id = $1 AND day > (now() AT TIME ZONE 'UTC')::date - 30), 0)::int AS "joinedLast30Days"`,
      [this.context.tenantId()],
    );
    return row!;
  }

  /**
   * One row per UTC bucket from the bucket holding `from` to the one holding `to`, empty ones
   * included. `total` is everyone joined minus everyone archived up to the bucket's end: the history
   * before the first bucket plus a running sum over the buckets.
   */
  async trend(from: string, to: string, interval: TrendInterval): Promise<TrendRow[]> {
    const unit = BUCKET_UNIT[interval];
    return this.txHost.tx.query<TrendRow[]>(
      `WITH buckets AS (
         SELECT generate_series(
                  date_trunc($2, $3::timestamptz AT TIME ZONE 'UTC'),
                  date_trunc($2, $4::timestamptz AT TIME ZONE 'UTC'),
                  $5::interval) AS start_at
       ),
       span AS (
         SELECT min(start_at)::date AS first_day, (max(start_at) + $5::interval)::date AS end_day FROM buckets
       ),
       earlier AS (
         SELECT coalesce(sum(d.joined - d.archived), 0) AS people
           FROM evaluation.membership_daily d, span
          WHERE d.tenant_id = $1 AND d.day < span.first_day
       ),
       activity AS (
         SELECT date_trunc($2, d.day::timestamp) AS start_at, sum(d.joined) AS joined, sum(d.archived) AS archived
           FROM evaluation.membership_daily d, span
          WHERE d.tenant_id = $1 AND d.day >= span.first_day AND d.day < span.end_day
          GROUP BY 1
       )
       SELECT b.start_at AT TIME ZONE 'UTC' AS at,
              (earlier.people + sum(coalesce(a.joined, 0) - coalesce(a.archived, 0)) OVER (ORDER BY b.start_at))::int AS total,
              coalesce(a.joined, 0)::int AS joined,
              coalesce(a.archived, 0)::int AS archived
         FROM buckets b
         LEFT JOIN activity a USING (start_at)
        CROSS JOIN earlier
        ORDER BY b.start_at`,
      [this.context.tenantId(), unit, from, to, `1 ${unit}`],
    );
  }
}
