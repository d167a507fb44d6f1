import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TableStatistics, TenantContext } from '@groundwork/service-kit';
import { isUniqueViolation } from '../database/unique-violation';
import { TagErrors } from './tag.errors';
import type { TagRow } from './tag.mapper';

const TAG_COLUMNS = 'id, name, group_id, colour, description, created_at, updated_at';

/** A person holds at most this many tags (the people table's check). */
const MAX_TAGS_PER_PERSON = 50;

export interface TagFields {
  name: string;
  groupId: string | null;
  colour: string | null;
  description: string;
}

/**
 * The tag catalogue and the set-based statements that change `people.tags`. The catalogue gains
 * names used on people through a trigger (see the tags migration), so nothing here inserts them.
 */
@Injectable()
export class TagRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
    private readonly statistics: TableStatistics,
  ) {}

  /** Up to `limit` tags in name order after the tag named `afterName` (the `tags_by_name` index). */
  page(limit: number, afterName?: string): Promise<TagRow[]> {
    const parameters: unknown[] = [this.context.tenantId(), limit];
    if (afterName !== undefined) parameters.push(afterName);
    return this.txHost.tx.query(
      `SELECT ${TAG_COLUMNS} FROM membership.tags
        WHERE tenant_id = $1 ${afterName === undefined ? '' : 'AND (lower(name), name) > (lower($3), $3)'}
        ORDER BY lower(name), name LIMIT $2`,
      parameters,
    );
  }

  async count(): Promise<number> {
    const [row] = await this.txHost.tx.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM membership.tags WHERE tenant_id = $1`,
      [this.context.tenantId()],
    );
    return row?.n ?? 0;
  }

  /** The tags of the groups named, in name order (the `tags_group` index). */
  inGroups(groupIds: string[]): Promise<TagRow[]> {
    return this.txHost.tx.query(
      `SELECT ${TAG_COLUMNS} FROM membership.tags WHERE tenant_id = $1 AND group_id = ANY($2::uuid[]) ORDER BY lower(name), name`,
      [this.context.tenantId(), groupIds],
    );
  }

  /** People per catalogue tag among living people, in one pass over the coalition's people. */
  countPeople(): Promise<Array<{ tag_id: string; people_count: number }>> {
    return this.txHost.tx.query(
      `SELECT t.id AS tag_id, count(*)::int AS people_count
         FROM membership.people p
         CROSS JOIN LATERAL unnest(p.tags) AS used(name)
         JOIN membership.tags t ON t.tenant_id = p.tenant_id AND t.name = used.name
        WHERE p.tenant_id = $1 AND p.archived_at IS NULL
        GROUP BY t.id`,
      [this.context.tenantId()],
    );
  }

  async findForUpdate(id: string): Promise<TagRow | undefined> {
    const rows: TagRow[] = await this.txHost.tx.query(
      `SELECT ${TAG_COLUMNS} FROM membership.tags WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [this.context.tenantId(), id],
    );
    return rows[0];
  }

  async insert(fields: TagFields): Promise<TagRow> {
    const rows = (await this.txHost.tx
      .query(
        `INSERT INTO membership.tags (tenant_id, id, name, group_id, colour, description) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING ${TAG_COLUMNS}`,
        [
          this.context.tenantId(),
          randomUUID(),
          fields.name,
          fields.groupId,
          fields.colour,
          fields.description,
        ],
      )
      .catch(rethrowNameTaken)) as TagRow[];
    return rows[0]!;
  }

  async update(id: string, fields: TagFields): Promise<TagRow> {
    const rows = (await this.txHost.tx
      .query(
        `UPDATE membership.tags SET name = $3, group_id = $4, colour = $5, description = $6, updated_at = now()
          WHERE tenant_id = $1 AND id = $2 RETURNING ${TAG_COLUMNS}`,
        [this.context.tenantId(), id, fields.name, fields.groupId, fields.colour, fields.description],
      )
      .catch(rethrowNameTaken)) as [TagRow[], number];
    return rows[0][0]!;
  }

  async delete(id: string): Promise<void> {
    await this.txHost.tx.query(`DELETE FROM membership.tags WHERE tenant_id = $1 AND id = $2`, [
      this.context.tenantId(),
      id,
    ]);
  }

  /** Renames a tag on every person who has it; returns how many people changed. */
  async renameOnPeople(from: string, to: string): Promise<number> {
    const result: [unknown[], number] = await this.txHost.tx.query(
      `UPDATE membership.people SET tags = array_replace(tags, $2, $3), updated_at = now()
        WHERE tenant_id = $1 AND $2 = ANY(tags)`,
      [this.context.tenantId(), from, to],
    );
    this.statistics.afterCommit(['people'], { rows: result[1] });
    return result[1];
  }

  /** People with `source` get `target` instead (once, even if they had both). */
  async mergeOnPeople(source: string, target: string): Promise<number> {
    const result: [unknown[], number] = await this.txHost.tx.query(
      `UPDATE membership.people
          SET tags = CASE WHEN $3 = ANY(tags) THEN array_remove(tags, $2) ELSE array_replace(tags, $2, $3) END,
              updated_at = now()
        WHERE tenant_id = $1 AND $2 = ANY(tags)`,
      [this.context.tenantId(), source, target],
    );
    this.statistics.afterCommit(['people'], { rows: result[1] });
    return result[1];
  }

  async removeFromAllPeople(name: string): Promise<number> {
    const result: [unknown[], number] = await this.txHost.tx.query(
      `UPDATE membership.people SET tags = array_remove(tags, $2), updated_at = now() WHERE tenant_id = $1 AND $2 = ANY(tags)`,
      [this.context.tenantId(), name],
    );
    this.statistics.afterCommit(['people'], { rows: result[1] });
    return result[1];
  }

  /**
   * Adds a tag to the living people named, in one statement. Returns who changed, plus how many of
   * the named people exist here and how many were left out for holding the maximum of tags.
   */
  async applyToPeople(
    name: string,
    personIds: string[],
  ): Promise<{ changed: string[]; matched: number; atLimit: number }> {
    const rows: Array<{ changed: string[] | null; matched: number; at_limit: number }> =
      await this.txHost.tx.query(
        // Every part filters by primary key (tenant_id, id), so the plan stays an index lookup per id
        // whatever the statistics say; the counts read the snapshot from before the update.
        `WITH changed AS (
         UPDATE membership.people SET tags = array_append(tags, $2), updated_at = now()
          WHERE tenant_id = $1 AND id = ANY($3::uuid[]) AND archived_at IS NULL
            AND NOT ($2 = ANY(tags)) AND cardinality(tags) < ${MAX_TAGS_PER_PERSON}
          RETURNING id
       ), named AS (
         SELECT tags FROM membership.people WHERE tenant_id = $1 AND id = ANY($3::uuid[]) AND archived_at IS NULL
       )
       SELECT (SELECT array_agg(id) FROM changed) AS changed,
              (SELECT count(*)::int FROM named) AS matched,
              (SELECT count(*)::int FROM named WHERE NOT ($2 = ANY(tags)) AND cardinality(tags) >= ${MAX_TAGS_PER_PERSON}) AS at_limit`,
        [this.context.tenantId(), name, personIds],
      );
    this.statistics.afterCommit(['people'], { rows: rows[0]?.changed?.length ?? 0 });
    const row = rows[0]!;
    return { changed: row.changed ?? [], matched: row.matched, atLimit: row.at_limit };
  }

  /** Removes a tag from the living people named, in one statement. */
  async removeFromPeople(name: string, personIds: string[]): Promise<{ changed: string[]; matched: number }> {
    const rows: Array<{ changed: string[] | null; matched: number }> = await this.txHost.tx.query(
      `WITH changed AS (
         UPDATE membership.people SET tags = array_remove(tags, $2), updated_at = now()
          WHERE tenant_id = $1 AND id = ANY($3::uuid[]) AND archived_at IS NULL AND $2 = ANY(tags)
          RETURNING id
       ), named AS (
         SELECT 1 FROM membership.people WHERE tenant_id = $1 AND id = ANY($3::uuid[]) AND archived_at IS NULL
       )
       SELECT (SELECT array_agg(id) FROM changed) AS changed, (SELECT count(*)::int FROM named) AS matched`,
      [this.context.tenantId(), name, personIds],
    );
    this.statistics.afterCommit(['people'], { rows: rows[0]?.changed?.length ?? 0 });
    const row = rows[0]!;
    return { changed: row.changed ?? [], matched: row.matched };
  }
}

function rethrowNameTaken(error: unknown): never {
  throw isUniqueViolation(error, 'tags_name_key') ? TagErrors.tagNameTaken() : error;
}
