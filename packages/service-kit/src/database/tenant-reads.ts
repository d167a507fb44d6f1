import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Pool, type QueryResultRow } from 'pg';
import { TenantContext } from '../context/tenant-context';
import { inOneWrite } from './in-one-write';

export const TENANT_READS_OPTIONS = Symbol('TENANT_READS_OPTIONS');

export interface TenantReadsOptions {
  url: string;
  poolSize: number;
  applicationName: string;
}

export interface ReadStatement {
  sql: string;
  values?: unknown[];
  /**
   * Prepare once per connection and reuse, so Postgres skips parsing and (once its plan cache settles
   * on a generic plan) planning. Only for SQL whose text is fixed (a hot path's statement, not one
   * assembled from filters): each distinct text stays prepared on every connection of the pool.
   */
  prepared?: boolean;
}

const SCOPE_SQL = `select set_config('app.tenant_id', $1, true)`;

/**
 * Reads for hot paths (get-many, list pages): independent SELECTs in one READ ONLY transaction whose
 * first statement scopes it to the tenant in context, like `UnitOfWork.run`, in ONE round trip to
 * Postgres. The connections run in pg's pipeline mode: BEGIN, the tenant scope, the statements and
 * COMMIT leave in one write and their results come back together, where a unit of work needs a round
 * trip (and a write and a wake-up on each side) per statement. Writes, reads that depend on each
 * other, TypeORM and COPY stay on `UnitOfWork`.
 *
 * Order on one connection is kept, so the scope is in force before the statements; if BEGIN or the
 * scope failed, the statements would fail with it (or, outside a transaction, see no tenant and match
 * nothing): the read fails closed.
 */
@Injectable()
export class TenantReads implements OnApplicationShutdown {
  private readonly pool: Pool;
  /** Prepared statement names by SQL text, the same on every connection of the pool. */
  private readonly statementNames = new Map<string, string>();

  constructor(
    @Inject(TENANT_READS_OPTIONS) options: TenantReadsOptions,
    private readonly context: TenantContext,
  ) {
    this.pool = new Pool({
      connectionString: options.url,
      max: options.poolSize,
      application_name: `${options.applicationName}-reads`,
      pipeline: true,
    });
  }

  /** The rows of one statement. */
  async rows<R extends QueryResultRow>(statement: ReadStatement): Promise<R[]> {
    const [rows] = await this.all([statement]);
    return rows as R[];
  }

  /** The rows of each statement, in order; all read the same snapshot. */
  async all(statements: ReadStatement[]): Promise<QueryResultRow[][]> {
    const tenantId = this.context.tenantId();
    const client = await this.pool.connect();
    try {
      const sent = inOneWrite(client, () => [
        client.query('BEGIN READ ONLY'),
        client.query({ name: this.statementName(SCOPE_SQL), text: SCOPE_SQL, values: [tenantId] }),
        ...statements.map((statement) =>
          client.query({
            name: statement.prepared ? this.statementName(statement.sql) : undefined,
            text: statement.sql,
            values: statement.values,
          }),
        ),
        // Ends the transaction whatever happened: after an error, COMMIT rolls back.
        client.query('COMMIT'),
      ]);
      const settled = await Promise.allSettled(sent);
      const failure = settled.find((outcome) => outcome.status === 'rejected');
      if (failure) throw failure.reason;
      return settled
        .slice(2, 2 + statements.length)
        .map((outcome) => (outcome as PromiseFulfilledResult<{ rows: QueryResultRow[] }>).value.rows);
    } finally {
      client.release();
    }
  }

  private statementName(sql: string): string {
    let name = this.statementNames.get(sql);
    if (!name) {
      name = `tenant-read-${this.statementNames.size + 1}`;
      this.statementNames.set(sql, name);
    }
    return name;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
