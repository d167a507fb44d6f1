import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { tableStatisticsFunctionName } from './table-statistics.sql';
import { UnitOfWork } from './unit-of-work';

export const TABLE_STATISTICS_OPTIONS = Symbol('TABLE_STATISTICS_OPTIONS');

export interface TableStatisticsOptions {
  url: string;
  schema: string;
  applicationName: string;
  /** How long queued tables wait for more to join them before one ANALYZE run; 1 s by default. */
  debounceMs?: number;
}

/**
 * Keeps the planner's statistics up to date after bulk writes, where autovacuum is off or lags (a
 * plan made for an empty table scans a coalition's rows on every request until ANALYZE runs).
 *
 * ANALYZE runs on a connection of its own, never in a request's transaction, through the schema's
 * `refresh_table_statistics` function (see `tableStatisticsFunction`), which runs as the tables' owner.
 * - `afterCommit(tables, { rows })`: from inside a unit of work, after a bulk write of about `rows`
 *   rows per table. The tables are queued when the unit of work commits (dropped if it rolls back) and
 *   analyzed together after a short quiet period, each only if enough of its rows changed
 *   (autovacuum's threshold, on the rows counted here or by Postgres), so any write may ask.
 * - `afterCommit(tables, { beforeReturning: true })`: analyzes right after the commit, unconditionally,
 *   and the unit of work returns once done: for a bulk step whose next step plans on these rows.
 * - `now(tables)`: the same outside a unit of work (the duplicates pass after an import).
 */
@Injectable()
export class TableStatistics implements OnApplicationShutdown {
  private readonly logger = new Logger(TableStatistics.name);
  private readonly pool: Pool;
  /** Tables waiting for a refresh, with the rows written to each since it was queued. */
  private readonly queued = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    @Inject(TABLE_STATISTICS_OPTIONS) private readonly options: TableStatisticsOptions,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.pool = new Pool({
      connectionString: options.url,
      max: 1,
      application_name: `${options.applicationName}-maintenance`,
    });
  }

  afterCommit(tables: readonly string[], options: { rows?: number; beforeReturning?: boolean } = {}): void {
    if (options.beforeReturning) {
      this.unitOfWork.afterCommit(() =>
        this.analyze(tables, null).then(
          () => undefined,
          (error: unknown) => this.failed(tables, error),
        ),
      );
    } else {
      this.unitOfWork.afterCommit(() => this.enqueue(tables, options.rows ?? 0));
    }
  }

  async now(tables: readonly string[]): Promise<string[]> {
    if (this.unitOfWork.inTransaction()) {
      throw new Error(
        'TableStatistics.now() runs ANALYZE on its own connection: call it after the unit of work',
      );
    }
    return this.analyze(tables, null);
  }

  /** Resolves once the tables queued so far have been analyzed (tests, shutdown). */
  async idle(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.flush();
    }
    await this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.closed = true;
    await this.running;
    await this.pool.end();
  }

  private enqueue(tables: readonly string[], rows: number): void {
    if (this.closed) return;
    for (const table of tables) this.queued.set(table, (this.queued.get(table) ?? 0) + rows);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, this.options.debounceMs ?? 1000);
    this.timer.unref();
  }

  private flush(): void {
    const tables = [...this.queued.keys()];
    const rows = [...this.queued.values()];
    this.queued.clear();
    if (tables.length === 0) return;
    this.running = this.running
      .then(() => this.analyze(tables, rows))
      .then(
        () => undefined,
        (error: unknown) => this.failed(tables, error),
      );
  }

  /** Stale statistics slow reads down but break nothing, so a failed refresh is logged, not thrown. */
  private failed(tables: readonly string[], error: unknown): void {
    this.logger.error({ msg: 'refreshing table statistics failed', tables, err: error });
  }

  /** ANALYZE of `tables`; with `changedRows` (one per table), only of those past the threshold. */
  private async analyze(tables: readonly string[], changedRows: number[] | null): Promise<string[]> {
    const result = await this.pool.query<{ analyzed: string[] }>(
      `SELECT ${tableStatisticsFunctionName(this.options.schema)}($1::text[], $2::bigint[]) AS analyzed`,
      [tables, changedRows],
    );
    return result.rows[0]?.analyzed ?? [];
  }
}
