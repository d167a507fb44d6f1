import { EntityRows, type ReadStatement } from '@groundwork/service-kit';
import type { EntityManager } from 'typeorm';
import type { PersonCursor } from './person-cursor';
import { PersonEntity } from './person.entity';

export interface PeopleQuery {
  /** Rows to return; the page statement reads one more to learn whether another page follows. */
  limit: number;
  after?: PersonCursor;
  /** Matched case-insensitively anywhere in first name, last name or email. */
  search?: string;
  includeArchived: boolean;
}

/** Every mapped column of `people`; reads hydrate their rows with it. */
export const personRows = new EntityRows(PersonEntity);

/**
 * The SQL of people reads, shared by the unit-of-work repository and the pipelined reads. Every
 * statement names the tenant although row-level security already restricts to it: it keeps the
 * leading `tenant_id` of each index in play and routes to one shard once tables are distributed.
 */
export function peopleByIds(manager: EntityManager, tenantId: string, ids: string[]): ReadStatement {
  return {
    sql: `SELECT ${personRows.selectList(manager)} FROM ${personRows.table(manager)}
           WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
    values: [tenantId, ids],
    prepared: true,
  };
}

/** The size of the filtered set and one page of it, newest first, on the `people_keyset` index. */
export function peoplePage(
  manager: EntityManager,
  tenantId: string,
  query: PeopleQuery,
): { count: ReadStatement; page: ReadStatement } {
  const filters = ['tenant_id = $1'];
  const values: unknown[] = [tenantId];
  if (!query.includeArchived) filters.push('archived_at IS NULL');
  if (query.search) {
    values.push(`%${escapeLike(query.search)}%`);
    filters.push(`search_text ILIKE $${values.length} ESCAPE '\\'`);
  }
  const filtered = filters.join(' AND ');

  const pageFilters = [filtered];
  const pageValues = [...values];
  if (query.after) {
    pageValues.push(query.after.createdAt, query.after.id);
    pageFilters.push(`(created_at, id) < ($${pageValues.length - 1}, $${pageValues.length})`);
  }
  pageValues.push(query.limit + 1);
  return {
    count: {
      sql: `SELECT count(*)::int AS count FROM ${personRows.table(manager)} WHERE ${filtered}`,
      values,
    },
    page: {
      sql: `SELECT ${personRows.selectList(manager)} FROM ${personRows.table(manager)}
             WHERE ${pageFilters.join(' AND ')}
             ORDER BY created_at DESC, id DESC LIMIT $${pageValues.length}`,
      values: pageValues,
    },
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
