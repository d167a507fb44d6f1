import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ConsentChannel, CustomFieldType, SegmentFilter } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';
import type { PersonCursor } from '../people/person-cursor';
import { personRows } from '../people/person-queries';
import type { PersonEntity } from '../people/person.entity';
import {
  compileSegmentFilter,
  listConditions,
  type CustomFieldShape,
  type CustomFieldShapes,
} from './segment-filter.compiler';
import { SqlParameters } from './sql-parameters';

export interface SegmentList {
  filter: SegmentFilter;
  channel?: ConsentChannel;
  excludeDoNotContact?: boolean;
}

/**
 * Evaluates segment filters in SQL: one parameterized statement per question, compiled from the
 * validated filter (see compileSegmentFilter). Every statement names the tenant first, so the
 * people indexes that lead with `tenant_id` stay in play.
 */
@Injectable()
export class SegmentPeopleRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /** The custom fields a filter (or an export) names, by key. Archived definitions still filter. */
  async customFieldShapes(keys: string[]): Promise<CustomFieldShapes> {
    if (keys.length === 0) return new Map();
    const rows: Array<{ key: string; type: CustomFieldType; options: string[] }> = await this.txHost.tx.query(
      `SELECT key, type, options FROM membership.custom_field_definitions WHERE tenant_id = $1 AND key = ANY($2::text[])`,
      [this.context.tenantId(), keys],
    );
    return new Map(
      rows.map((row): [string, CustomFieldShape] => [row.key, { type: row.type, options: row.options }]),
    );
  }

  /** `WHERE` text and parameters for a list; `$1` is the tenant. */
  async where(
    list: SegmentList,
    params = new SqlParameters([this.context.tenantId()]),
  ): Promise<{ sql: string; params: SqlParameters }> {
    const shapes = await this.customFieldShapes(
      (list.filter.customFields ?? []).map((condition) => condition.key),
    );
    const conditions = [
      'p.tenant_id = $1',
      ...listConditions({ channel: list.channel, excludeDoNotContact: list.excludeDoNotContact ?? false }),
      ...compileSegmentFilter(list.filter, shapes, params),
    ];
    return { sql: conditions.join('\n   AND '), params };
  }

  async count(list: SegmentList): Promise<number> {
    const { sql, params } = await this.where(list);
    return this.countWhere(sql, params.values);
  }

  /** One page newest first, like the people list, with the size of the whole list. */
  async page(
    list: SegmentList,
    limit: number,
    after?: PersonCursor,
  ): Promise<{ rows: PersonEntity[]; hasMore: boolean; totalCount: number }> {
    const { sql, params } = await this.where(list);
    const totalCount = await this.countWhere(sql, params.values);
    const pageParams = new SqlParameters(params.values);
    const keyset = after
      ? `AND (p.created_at, p.id) < (${pageParams.add(after.createdAt, 'timestamptz')}, ${pageParams.add(after.id, 'uuid')})`
      : '';
    const tx = this.txHost.tx;
    const select = personRows.selectList(tx, 'p');
    const rows = await personRows.query(
      tx,
      `SELECT ${select} FROM membership.people p WHERE ${sql} ${keyset}
        ORDER BY p.created_at DESC, p.id DESC LIMIT ${pageParams.add(limit + 1, 'int')}`,
      pageParams.values,
    );
    return { rows: rows.slice(0, limit), hasMore: rows.length > limit, totalCount };
  }

  private async countWhere(sql: string, values: unknown[]): Promise<number> {
    const [row] = await this.txHost.tx.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM membership.people p WHERE ${sql}`,
      values,
    );
    return row?.count ?? 0;
  }
}
