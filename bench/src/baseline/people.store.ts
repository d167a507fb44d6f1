import type { Pool, PoolClient } from 'pg';
import type { Person } from './models';

export interface PersonRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  postal_code: string | null;
  preferred_language: string | null;
  tags: string[];
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
}

export interface PageQuery {
  first: number;
  after?: { createdAt: Date; id: string };
  search?: string;
  includeArchived: boolean;
}

export interface PeoplePage {
  people: Person[];
  hasMore: boolean;
  totalCount: number;
}

export const COLUMNS = `id, first_name, last_name, email, phone, postal_code, preferred_language, tags, created_at, updated_at, archived_at`;

/**
 * membership.people read the way membership reads it: as groundwork_app, one transaction per unit of
 * work whose first statement sets the tenant for row-level security.
 */
export class PeopleStore {
  constructor(private readonly pool: Pool) {}

  async byId(tenantId: string, id: string): Promise<Person | null> {
    return this.inTenant(tenantId, async (client) => {
      const { rows } = await client.query<PersonRow>(
        `SELECT ${COLUMNS} FROM membership.people WHERE tenant_id = $1 AND id = $2`,
        [tenantId, id],
      );
      return rows[0] ? toPerson(rows[0]) : null;
    });
  }

  /** Newest first, keyset on `(created_at, id)` like membership's `people_keyset` index; count of the filtered set. */
  async page(tenantId: string, query: PageQuery): Promise<PeoplePage> {
    return this.inTenant(tenantId, async (client) => {
      const filters = ['tenant_id = $1'];
      const params: unknown[] = [tenantId];
      if (!query.includeArchived) filters.push('archived_at IS NULL');
      if (query.search) {
        params.push(`%${query.search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
        filters.push(`search_text ILIKE $${params.length} ESCAPE '\\'`);
      }
      const where = filters.join(' AND ');
      const count = await client.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM membership.people WHERE ${where}`,
        params,
      );
      const pageParams = [...params];
      let keyset = '';
      if (query.after) {
        pageParams.push(query.after.createdAt, query.after.id);
        keyset = ` AND (created_at, id) < ($${pageParams.length - 1}, $${pageParams.length})`;
      }
      pageParams.push(query.first + 1);
      const { rows } = await client.query<PersonRow>(
        `SELECT ${COLUMNS} FROM membership.people WHERE ${where}${keyset}
          ORDER BY created_at DESC, id DESC LIMIT $${pageParams.length}`,
        pageParams,
      );
      return {
        people: rows.slice(0, query.first).map(toPerson),
        hasMore: rows.length > query.first,
        totalCount: count.rows[0]?.count ?? 0,
      };
    });
  }

  private async inTenant<T>(tenantId: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    postalCode: row.postal_code,
    preferredLanguage: row.preferred_language,
    tags: row.tags,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}
