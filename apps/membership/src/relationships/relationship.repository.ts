import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import { isUniqueViolation } from '../database/unique-violation';
import { RelationshipEntity } from './relationship.entity';
import { RelationshipErrors } from './relationship.errors';

const UNIQUE_INDEX = 'relationships_unique';

export const RELATIONSHIP_COLUMNS = `tenant_id AS "tenantId", id, type, from_person_id AS "fromPersonId",
  to_person_id AS "toPersonId", notes, started_on::text AS "startedOn", ended_on::text AS "endedOn",
  created_at AS "createdAt"`;

/** A relationship counts in the graph and the leader queries until the day it ended. */
export const CURRENT_RELATIONSHIP = '(ended_on IS NULL OR ended_on > current_date)';

export function toRelationshipEntities(rows: unknown): RelationshipEntity[] {
  return (rows as Array<Partial<RelationshipEntity>>).map((row) =>
    Object.assign(new RelationshipEntity(), row),
  );
}

/** Relationships of the tenant in context, inside the current unit of work. */
@Injectable()
export class RelationshipRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async insert(relationship: RelationshipEntity): Promise<void> {
    const r = relationship;
    await this.txHost.tx
      .query(
        `INSERT INTO membership.relationships (tenant_id, id, type, from_person_id, to_person_id, notes, started_on, ended_on, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          r.tenantId,
          r.id,
          r.type,
          r.fromPersonId,
          r.toPersonId,
          r.notes,
          r.startedOn,
          r.endedOn,
          r.createdAt,
        ],
      )
      .catch((error: unknown) => {
        throw isUniqueViolation(error, UNIQUE_INDEX) ? RelationshipErrors.duplicate() : error;
      });
  }

  /** Deletes and returns the relationship, or null when the coalition has none with this id. */
  async remove(id: string): Promise<RelationshipEntity | null> {
    const [rows] = await this.txHost.tx.query<[unknown, number]>(
      `DELETE FROM membership.relationships WHERE tenant_id = $1 AND id = $2 RETURNING ${RELATIONSHIP_COLUMNS}`,
      [this.context.tenantId(), id],
    );
    return toRelationshipEntities(rows)[0] ?? null;
  }

  /** A person's relationships, either side, newest first. */
  async pageOfPerson(
    personId: string,
    limit: number,
    after?: { createdAt: Date; id: string },
  ): Promise<{ rows: RelationshipEntity[]; hasMore: boolean; totalCount: number }> {
    const tenantId = this.context.tenantId();
    const either = `tenant_id = $1 AND (from_person_id = $2 OR to_person_id = $2)`;
    const [count] = await this.txHost.tx.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM membership.relationships WHERE ${either}`,
      [tenantId, personId],
    );
    const parameters: unknown[] = [tenantId, personId, limit + 1];
    let keyset = '';
    if (after) {
      parameters.push(after.createdAt, after.id);
      keyset = ' AND (created_at, id) < ($4, $5::uuid)';
    }
    const rows = toRelationshipEntities(
      await this.txHost.tx.query(
        `SELECT ${RELATIONSHIP_COLUMNS} FROM membership.relationships WHERE ${either}${keyset}
         ORDER BY created_at DESC, id DESC LIMIT $3`,
        parameters,
      ),
    );
    return { rows: rows.slice(0, limit), hasMore: rows.length > limit, totalCount: count?.count ?? 0 };
  }
}
