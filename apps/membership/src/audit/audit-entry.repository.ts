import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { AuditActorType } from '@groundwork/contracts';
import { TenantContext, type KeysetPosition } from '@groundwork/service-kit';

export interface AuditEntryRow {
  id: string;
  action: string;
  occurredAt: Date;
  actorType: AuditActorType | null;
  actorId: string | null;
  personId: string | null;
  correlationId: string;
  details: Record<string, unknown>;
}

export interface AuditQuery {
  limit: number;
  after?: KeysetPosition;
  personId?: string;
  actorId?: string;
  actionPrefix?: string;
  from?: Date;
  to?: Date;
}

/** Reads the audit log, newest first; the log is written by a trigger on the outbox, never here. */
@Injectable()
export class AuditEntryRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async page(query: AuditQuery): Promise<{ rows: AuditEntryRow[]; hasMore: boolean; totalCount: number }> {
    const parameters: unknown[] = [this.context.tenantId()];
    const filters = ['tenant_id = $1'];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      filters.push(condition(`$${parameters.length}`));
    };
    if (query.personId) add((p) => `person_id = ${p}`, query.personId);
    if (query.actorId) add((p) => `actor_id = ${p}`, query.actorId);
    // A prefix as a range keeps to leakproof comparisons (LIKE is not), which row-level security needs.
    if (query.actionPrefix) {
      add((p) => `action >= ${p}`, query.actionPrefix);
      add((p) => `action < ${p}`, `${query.actionPrefix}\u{10FFFF}`);
    }
    if (query.from) add((p) => `occurred_at >= ${p}`, query.from);
    if (query.to) add((p) => `occurred_at <= ${p}`, query.to);
    const filtered = filters.join(' AND ');

    const [count] = await this.txHost.tx.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM membership.audit_log WHERE ${filtered}`,
      parameters,
    );

    const pageParameters = [...parameters];
    let keyset = '';
    if (query.after) {
      pageParameters.push(query.after.at, query.after.id);
      keyset = ` AND (occurred_at, id) < ($${pageParameters.length - 1}, $${pageParameters.length})`;
    }
    pageParameters.push(query.limit + 1);
    const rows = await this.txHost.tx.query<AuditEntryRow[]>(
      `SELECT id, action, occurred_at AS "occurredAt", actor_type AS "actorType", actor_id AS "actorId",
              person_id AS "personId", correlation_id AS "correlationId", details
         FROM membership.audit_log
        WHERE ${filtered}${keyset}
        ORDER BY occurred_at DESC, id DESC
        LIMIT $${pageParameters.length}`,
      pageParameters,
    );
    return {
      rows: rows.slice(0, query.limit),
      hasMore: rows.length > query.limit,
      totalCount: count?.count ?? 0,
    };
  }
}
