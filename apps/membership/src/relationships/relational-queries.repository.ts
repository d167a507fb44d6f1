import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { RelationshipEntity } from './relationship.entity';
import {
  CURRENT_RELATIONSHIP,
  RELATIONSHIP_COLUMNS,
  toRelationshipEntities,
} from './relationship.repository';

/**
 * People whose current ladder level counts as leader (see the ladder migration: `person_levels`
 * holds each person's current level). Archived people lead no one.
 */
const LEADERS = `SELECT pl.person_id FROM membership.person_levels pl
  JOIN membership.ladder_levels l ON l.tenant_id = pl.tenant_id AND l.id = pl.level_id
  JOIN membership.people p ON p.tenant_id = pl.tenant_id AND p.id = pl.person_id
  WHERE pl.tenant_id = $1 AND l.counts_as_leader AND p.archived_at IS NULL`;

/** Walked rows per node asked for: duplicates (people reached twice) are cheap, unbounded walks are not. */
const WALK_ROWS_PER_NODE = 8;

export interface GraphSlice {
  nodes: Array<{ personId: string; depth: number }>;
  edges: RelationshipEntity[];
  truncated: boolean;
}

/** The relational read models: graph walks and leader coverage, in plain SQL. */
@Injectable()
export class RelationalQueriesRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /**
   * Breadth-first walk over current relationships in both directions. Each step looks up both
   * sides through their own index (`relationships_unique` leads with from, `relationships_to` with
   * to). The recursive CTE is evaluated lazily, so the inner LIMIT stops the walk after a bounded
   * number of rows even around a person with thousands of links; rows come out depth by depth, so
   * what a cut leaves out is the farthest ring.
   */
  async graph(personId: string, depth: number, maxNodes: number): Promise<GraphSlice> {
    const tenantId = this.context.tenantId();
    const walkCap = maxNodes * WALK_ROWS_PER_NODE;
    const walked = await this.txHost.tx.query<Array<{ personId: string; depth: number; walkedRows: number }>>(
      `WITH RECURSIVE walk(person_id, depth, path) AS (
         SELECT $2::uuid, 0, ARRAY[$2::uuid]
         UNION ALL
         SELECT next.person_id, walk.depth + 1, walk.path || next.person_id
         FROM walk
         CROSS JOIN LATERAL (
           SELECT to_person_id AS person_id FROM membership.relationships
             WHERE tenant_id = $1 AND from_person_id = walk.person_id AND ${CURRENT_RELATIONSHIP}
           UNION
           SELECT from_person_id FROM membership.relationships
             WHERE tenant_id = $1 AND to_person_id = walk.person_id AND ${CURRENT_RELATIONSHIP}
         ) next
         WHERE walk.depth < $3 AND NOT next.person_id = ANY(walk.path)
       ),
       bounded AS (SELECT person_id, depth FROM walk LIMIT $4)
       SELECT person_id AS "personId", min(depth)::int AS depth, (SELECT count(*) FROM bounded)::int AS "walkedRows"
       FROM bounded
       GROUP BY person_id
       ORDER BY 2, 1
       LIMIT $5`,
      [tenantId, personId, depth, walkCap, maxNodes + 1],
    );
    const truncated = walked.length > maxNodes || (walked[0]?.walkedRows ?? 0) >= walkCap;
    const nodes = walked
      .slice(0, maxNodes)
      .map(({ personId: id, depth: level }) => ({ personId: id, depth: level }));
    const ids = nodes.map((node) => node.personId);
    const edgeCap = maxNodes * WALK_ROWS_PER_NODE;
    const edges = toRelationshipEntities(
      await this.txHost.tx.query(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM membership.relationships
         WHERE tenant_id = $1 AND from_person_id = ANY($2::uuid[]) AND to_person_id = ANY($2::uuid[]) AND ${CURRENT_RELATIONSHIP}
         ORDER BY created_at, id LIMIT $3`,
        [tenantId, ids, edgeCap + 1],
      ),
    );
    return { nodes, edges: edges.slice(0, edgeCap), truncated: truncated || edges.length > edgeCap };
  }

  /** Leaders with their current relationships (either side), most first, then by id. */
  async leaderRelationships(
    limit: number,
    after?: { relationshipCount: number; personId: string },
  ): Promise<{
    rows: Array<{ personId: string; relationshipCount: number }>;
    hasMore: boolean;
    totalCount: number;
  }> {
    const tenantId = this.context.tenantId();
    const [count] = await this.txHost.tx.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM (${LEADERS}) AS leaders`,
      [tenantId],
    );
    const parameters: unknown[] = [tenantId, limit + 1];
    let keyset = '';
    if (after) {
      parameters.push(after.relationshipCount, after.personId);
      keyset = 'WHERE (-relationship_count, person_id) > (-$3::int, $4::uuid)';
    }
    const rows = await this.txHost.tx.query<Array<{ personId: string; relationshipCount: number }>>(
      `WITH leaders AS (${LEADERS}),
       counted AS (
         SELECT leaders.person_id,
           ((SELECT count(*) FROM membership.relationships r
               WHERE r.tenant_id = $1 AND r.from_person_id = leaders.person_id AND ${currentOf('r')})
            + (SELECT count(*) FROM membership.relationships r
               WHERE r.tenant_id = $1 AND r.to_person_id = leaders.person_id AND ${currentOf('r')}))::int AS relationship_count
         FROM leaders
       )
       SELECT person_id AS "personId", relationship_count AS "relationshipCount" FROM counted ${keyset}
       ORDER BY relationship_count DESC, person_id LIMIT $2`,
      parameters,
    );
    return { rows: rows.slice(0, limit), hasMore: rows.length > limit, totalCount: count?.count ?? 0 };
  }

  /**
   * Living people who are not leaders and have no current relationship with a leader, newest first
   * (the people list's order and `people_keyset` index).
   */
  async unconnectedPeople(
    limit: number,
    after?: { createdAt: Date; id: string },
  ): Promise<{ rows: Array<{ personId: string; createdAt: Date }>; hasMore: boolean; totalCount: number }> {
    const tenantId = this.context.tenantId();
    const unconnected = `WITH leaders AS (${LEADERS})
      SELECT p.id, p.created_at FROM membership.people p
      WHERE p.tenant_id = $1 AND p.archived_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM leaders WHERE leaders.person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM membership.relationships r JOIN leaders ON leaders.person_id = r.to_person_id
                        WHERE r.tenant_id = $1 AND r.from_person_id = p.id AND ${currentOf('r')})
        AND NOT EXISTS (SELECT 1 FROM membership.relationships r JOIN leaders ON leaders.person_id = r.from_person_id
                        WHERE r.tenant_id = $1 AND r.to_person_id = p.id AND ${currentOf('r')})`;
    const [count] = await this.txHost.tx.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM (${unconnected}) AS u`,
      [tenantId],
    );
    const parameters: unknown[] = [tenantId, limit + 1];
    let keyset = '';
    if (after) {
      parameters.push(after.createdAt, after.id);
      keyset = 'WHERE (u.created_at, u.id) < ($3, $4::uuid)';
    }
    const rows = await this.txHost.tx.query<Array<{ personId: string; createdAt: Date }>>(
      `SELECT u.id AS "personId", u.created_at AS "createdAt" FROM (${unconnected}) AS u ${keyset}
       ORDER BY u.created_at DESC, u.id DESC LIMIT $2`,
      parameters,
    );
    return { rows: rows.slice(0, limit), hasMore: rows.length > limit, totalCount: count?.count ?? 0 };
  }
}

function currentOf(alias: string): string {
  return `(${alias}.ended_on IS NULL OR ${alias}.ended_on > current_date)`;
}
