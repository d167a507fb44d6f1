import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { SegmentFilter } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';
import { isUniqueViolation } from '../database/unique-violation';
import { SegmentErrors } from './segment.errors';
import type { SegmentRow } from './segment.mapper';

const COLUMNS = 'id, name, description, filter, created_by, created_at, updated_at';

export interface SegmentFields {
  name: string;
  description: string;
  filter: SegmentFilter;
}

/** Saved segments of the tenant in context, in alphabetical order (case-insensitive). */
@Injectable()
export class SegmentRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async page(limit: number, afterName?: string): Promise<{ rows: SegmentRow[]; total: number }> {
    const tenantId = this.context.tenantId();
    const rows: SegmentRow[] = await this.txHost.tx.query(
      `SELECT ${COLUMNS} FROM membership.segments
        WHERE tenant_id = $1 AND ($2::text IS NULL OR lower(name) > $2)
        ORDER BY lower(name) LIMIT $3`,
      [tenantId, afterName ?? null, limit],
    );
    const [count] = await this.txHost.tx.query<Array<{ total: number }>>(
      `SELECT count(*)::int AS total FROM membership.segments WHERE tenant_id = $1`,
      [tenantId],
    );
    return { rows, total: count?.total ?? 0 };
  }

  findByIds(ids: string[]): Promise<SegmentRow[]> {
    return this.txHost.tx.query(
      `SELECT ${COLUMNS} FROM membership.segments WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
      [this.context.tenantId(), ids],
    );
  }

  async findForUpdate(id: string): Promise<SegmentRow | undefined> {
    const rows: SegmentRow[] = await this.txHost.tx.query(
      `SELECT ${COLUMNS} FROM membership.segments WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [this.context.tenantId(), id],
    );
    return rows[0];
  }

  async insert(fields: SegmentFields, createdBy: string | null): Promise<SegmentRow> {
    const rows = (await this.txHost.tx
      .query(
        `INSERT INTO membership.segments (tenant_id, id, name, description, filter, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, now(), now()) RETURNING ${COLUMNS}`,
        [
          this.context.tenantId(),
          randomUUID(),
          fields.name,
          fields.description,
          JSON.stringify(fields.filter),
          createdBy,
        ],
      )
      .catch(rethrowNameTaken)) as SegmentRow[];
    return rows[0]!;
  }

  async update(id: string, fields: SegmentFields): Promise<SegmentRow> {
    const rows = (await this.txHost.tx
      .query(
        `UPDATE membership.segments SET name = $3, description = $4, filter = $5::jsonb, updated_at = now()
          WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
        [this.context.tenantId(), id, fields.name, fields.description, JSON.stringify(fields.filter)],
      )
      .catch(rethrowNameTaken)) as [SegmentRow[], number];
    return rows[0][0]!;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.txHost.tx.query<[unknown[], number]>(
      `DELETE FROM membership.segments WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), id],
    );
    return result[1] > 0;
  }
}

function rethrowNameTaken(error: unknown): never {
  throw isUniqueViolation(error, 'segments_name_key') ? SegmentErrors.nameTaken() : error;
}
