import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { TimeCursor } from './time-cursor';
import type { TimelineSource } from './timeline-source';

export interface TimelineEntry {
  id: string;
  kind: string;
  occurredAt: Date;
  actorId: string | null;
  data: Record<string, unknown>;
}

interface EntryRow {
  id: string;
  kind: string;
  occurred_at: Date;
  actor_id: string | null;
  data: Record<string, unknown>;
}

/**
 * Reads a person's timeline as a union of sources. Each source is paged on its own (cursor, order,
 * limit inside its branch, so each uses its own index) and the union takes the newest of those.
 */
@Injectable()
export class TimelineRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async page(
    sources: readonly TimelineSource[],
    personId: string,
    limit: number,
    after?: TimeCursor,
  ): Promise<TimelineEntry[]> {
    const parameters: unknown[] = [this.context.tenantId(), personId, limit];
    if (after) parameters.push(after.at, after.id);
    const branches = sources.map(
      (source) => `(SELECT '${source.kind}'::text AS kind, s.* FROM (${source.select}) s
          ${after ? 'WHERE (s.occurred_at, s.id) < ($4::timestamptz, $5::uuid)' : ''}
          ORDER BY s.occurred_at DESC, s.id DESC LIMIT $3)`,
    );
    const rows: EntryRow[] = await this.txHost.tx.query(
      `${branches.join(' UNION ALL ')} ORDER BY occurred_at DESC, id DESC LIMIT $3`,
      parameters,
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      occurredAt: row.occurred_at,
      actorId: row.actor_id,
      data: row.data,
    }));
  }

  async count(sources: readonly TimelineSource[], personId: string): Promise<number> {
    const [row] = await this.txHost.tx.query<Array<{ count: string }>>(
      `SELECT ${sources.map((source) => `(SELECT count(*) FROM (${source.select}) s)`).join(' + ')} AS count`,
      [this.context.tenantId(), personId],
    );
    return Number(row?.count ?? 0);
  }
}
