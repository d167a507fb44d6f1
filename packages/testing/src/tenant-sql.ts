import { Pool, type QueryResultRow } from 'pg';

/**
 * Direct SQL for assertions, as the owner role and scoped to one tenant the same way services are,
 * so a test sees exactly what row-level security lets that tenant see.
 */
export class TenantSql {
  private readonly pool: Pool;

  constructor(url = process.env.OWNER_DATABASE_URL) {
    this.pool = new Pool({ connectionString: url, max: 2 });
  }

  async query<R extends QueryResultRow>(
    tenantId: string | null,
    sql: string,
    params: unknown[] = [],
  ): Promise<R[]> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      if (tenantId) await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      const result = await client.query<R>(sql, params);
      await client.query('COMMIT');
      return result.rows;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
