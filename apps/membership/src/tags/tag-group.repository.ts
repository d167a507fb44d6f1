import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import { isUniqueViolation } from '../database/unique-violation';
import { TagErrors } from './tag.errors';
import type { TagGroupRow } from './tag.mapper';

const GROUP_COLUMNS = 'id, name, description, created_at';

@Injectable()
export class TagGroupRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  list(): Promise<TagGroupRow[]> {
    return this.txHost.tx.query(
      `SELECT ${GROUP_COLUMNS} FROM membership.tag_groups WHERE tenant_id = $1 ORDER BY lower(name)`,
      [this.context.tenantId()],
    );
  }

  async exists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.txHost.tx.query(
      `SELECT 1 FROM membership.tag_groups WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), id],
    );
    return rows.length > 0;
  }

  async insert(fields: { name: string; description: string }): Promise<TagGroupRow> {
    const rows = (await this.txHost.tx
      .query(
        `INSERT INTO membership.tag_groups (tenant_id, id, name, description) VALUES ($1, $2, $3, $4) RETURNING ${GROUP_COLUMNS}`,
        [this.context.tenantId(), randomUUID(), fields.name, fields.description],
      )
      .catch(rethrowNameTaken)) as TagGroupRow[];
    return rows[0]!;
  }

  async update(
    id: string,
    fields: { name?: string; description?: string },
  ): Promise<TagGroupRow | undefined> {
    const rows = (await this.txHost.tx
      .query(
        `UPDATE membership.tag_groups SET name = coalesce($3, name), description = coalesce($4, description)
          WHERE tenant_id = $1 AND id = $2 RETURNING ${GROUP_COLUMNS}`,
        [this.context.tenantId(), id, fields.name ?? null, fields.description ?? null],
      )
      .catch(rethrowNameTaken)) as [TagGroupRow[], number];
    return rows[0][0];
  }

  async delete(id: string): Promise<boolean> {
    const result: [unknown[], number] = await this.txHost.tx.query(
      `DELETE FROM membership.tag_groups WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), id],
    );
    return result[1] > 0;
  }
}

function rethrowNameTaken(error: unknown): never {
  throw isUniqueViolation(error, 'tag_groups_name_key') ? TagErrors.groupNameTaken() : error;
}
