import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import { isUniqueViolation } from '../database/unique-violation';
import { LadderErrors } from './ladder.errors';
import type { LevelRow } from './ladder.mapper';

const LEVEL_COLUMNS = 'id, name, description, position, counts_as_leader';

/** A coalition's ladder levels, in plain SQL inside the current unit of work. */
@Injectable()
export class LadderLevelRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  list(): Promise<LevelRow[]> {
    return this.txHost.tx.query(
      `SELECT ${LEVEL_COLUMNS} FROM membership.ladder_levels WHERE tenant_id = $1 ORDER BY position`,
      [this.context.tenantId()],
    );
  }

  async find(id: string): Promise<LevelRow | undefined> {
    const rows: LevelRow[] = await this.txHost.tx.query(
      `SELECT ${LEVEL_COLUMNS} FROM membership.ladder_levels WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), id],
    );
    return rows[0];
  }

  /** Appends a level above the current top rung. Serialized per coalition by locking its levels. */
  async append(fields: { name: string; description: string; countsAsLeader: boolean }): Promise<LevelRow> {
    const tenantId = this.context.tenantId();
    const levels: Array<{ position: number }> = await this.txHost.tx.query(
      `SELECT position FROM membership.ladder_levels WHERE tenant_id = $1 FOR UPDATE`,
      [tenantId],
    );
    if (levels.length >= 30) throw LadderErrors.tooManyLevels();
    const position = Math.max(0, ...levels.map((level) => level.position)) + 1;
    const rows = (await this.txHost.tx
      .query(
        `INSERT INTO membership.ladder_levels (tenant_id, id, name, description, position, counts_as_leader)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${LEVEL_COLUMNS}`,
        [tenantId, randomUUID(), fields.name, fields.description, position, fields.countsAsLeader],
      )
      .catch(rethrowNameTaken)) as LevelRow[];
    return rows[0]!;
  }

  async update(
    id: string,
    fields: { name?: string; description?: string; countsAsLeader?: boolean },
  ): Promise<LevelRow | undefined> {
    const rows = (await this.txHost.tx
      .query(
        `UPDATE membership.ladder_levels
            SET name = coalesce($3, name), description = coalesce($4, description),
                counts_as_leader = coalesce($5, counts_as_leader), updated_at = now()
          WHERE tenant_id = $1 AND id = $2 RETURNING ${LEVEL_COLUMNS}`,
        [
          this.context.tenantId(),
          id,
          fields.name ?? null,
          fields.description ?? null,
          fields.countsAsLeader ?? null,
        ],
      )
      .catch(rethrowNameTaken)) as [LevelRow[], number];
    return rows[0][0];
  }

  /** Sets positions 1..n in the order given, in one statement (the position key is deferrable). */
  async reorder(ids: string[]): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE membership.ladder_levels AS level SET position = ordered.position, updated_at = now()
         FROM unnest($2::uuid[]) WITH ORDINALITY AS ordered (id, position)
        WHERE level.tenant_id = $1 AND level.id = ordered.id`,
      [this.context.tenantId(), ids],
    );
  }

  /** Whether anyone is or was at the level, or a rule targets it. */
  async isInUse(id: string): Promise<boolean> {
    const rows: Array<{ used: boolean }> = await this.txHost.tx.query(
      `SELECT EXISTS (SELECT 1 FROM membership.person_levels WHERE tenant_id = $1 AND level_id = $2)
           OR EXISTS (SELECT 1 FROM membership.level_changes WHERE tenant_id = $1 AND (to_level_id = $2 OR from_level_id = $2))
           OR EXISTS (SELECT 1 FROM membership.ladder_rules WHERE tenant_id = $1 AND target_level_id = $2) AS used`,
      [this.context.tenantId(), id],
    );
    return rows[0]!.used;
  }

  /** Deletes a level and closes the gap it leaves in the positions. */
  async delete(id: string): Promise<boolean> {
    const tenantId = this.context.tenantId();
    const deleted: [Array<{ position: number }>, number] = await this.txHost.tx.query(
      `DELETE FROM membership.ladder_levels WHERE tenant_id = $1 AND id = $2 RETURNING position`,
      [tenantId, id],
    );
    const position = deleted[0][0]?.position;
    if (position === undefined) return false;
    await this.txHost.tx.query(
      `UPDATE membership.ladder_levels SET position = position - 1 WHERE tenant_id = $1 AND position > $2`,
      [tenantId, position],
    );
    return true;
  }
}

function rethrowNameTaken(error: unknown): never {
  throw isUniqueViolation(error, 'ladder_levels_name_key') ? LadderErrors.levelNameTaken() : error;
}
