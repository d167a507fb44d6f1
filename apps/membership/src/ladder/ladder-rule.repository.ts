import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { RuleRow } from './ladder.mapper';

const RULE_COLUMNS =
  'id, name, event_type, min_count, window_days, target_level_id, active, created_at, updated_at';

export interface RuleFields {
  name: string;
  eventType: string;
  minCount: number;
  windowDays: number;
  targetLevelId: string;
  active: boolean;
}

/** Rules that move people up the ladder from events; rules are data. */
@Injectable()
export class LadderRuleRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  list(): Promise<RuleRow[]> {
    return this.txHost.tx.query(
      `SELECT ${RULE_COLUMNS} FROM membership.ladder_rules WHERE tenant_id = $1 ORDER BY created_at, id`,
      [this.context.tenantId()],
    );
  }

  async find(id: string): Promise<RuleRow | undefined> {
    const rows: RuleRow[] = await this.txHost.tx.query(
      `SELECT ${RULE_COLUMNS} FROM membership.ladder_rules WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), id],
    );
    return rows[0];
  }

  /**
   * Active rules for an event type whose window holds enough events of that type for the person,
   * counted up to the event's own time (so a redelivered or late event is judged as of when it
   * happened), highest target first.
   */
  satisfied(
    personId: string,
    eventType: string,
    occurredAt: Date,
  ): Promise<Array<RuleRow & { target_position: number }>> {
    return this.txHost.tx.query(
      `SELECT ${RULE_COLUMNS.split(', ')
        .map((column) => `r.${column}`)
        .join(', ')}, l.position AS target_position
         FROM membership.ladder_rules r
         JOIN membership.ladder_levels l ON l.tenant_id = r.tenant_id AND l.id = r.target_level_id
        WHERE r.tenant_id = $1 AND r.event_type = $2 AND r.active
          AND (SELECT count(*) FROM membership.ladder_event_facts f
                WHERE f.tenant_id = r.tenant_id AND f.person_id = $3 AND f.event_type = r.event_type
                  AND f.occurred_at > $4::timestamptz - make_interval(days => r.window_days)
                  AND f.occurred_at <= $4::timestamptz) >= r.min_count
        ORDER BY l.position DESC, r.created_at, r.id`,
      [this.context.tenantId(), eventType, personId, occurredAt],
    );
  }

  async insert(fields: RuleFields): Promise<RuleRow> {
    const rows: RuleRow[] = await this.txHost.tx.query(
      `INSERT INTO membership.ladder_rules (tenant_id, id, name, event_type, min_count, window_days, target_level_id, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${RULE_COLUMNS}`,
      [
        this.context.tenantId(),
        randomUUID(),
        fields.name,
        fields.eventType,
        fields.minCount,
        fields.windowDays,
        fields.targetLevelId,
        fields.active,
      ],
    );
    return rows[0]!;
  }

  async update(id: string, fields: Partial<RuleFields>): Promise<RuleRow | undefined> {
    const rows: [RuleRow[], number] = await this.txHost.tx.query(
      `UPDATE membership.ladder_rules
          SET name = coalesce($3, name), event_type = coalesce($4, event_type), min_count = coalesce($5, min_count),
              window_days = coalesce($6, window_days), target_level_id = coalesce($7, target_level_id),
              active = coalesce($8, active), updated_at = now()
        WHERE tenant_id = $1 AND id = $2 RETURNING ${RULE_COLUMNS}`,
      [
        this.context.tenantId(),
        id,
        fields.name ?? null,
        fields.eventType ?? null,
        fields.minCount ?? null,
        fields.windowDays ?? null,
        fields.targetLevelId ?? null,
        fields.active ?? null,
      ],
    );
    return rows[0][0];
  }

  async hasMovedPeople(id: string): Promise<boolean> {
    const rows: unknown[] = await this.txHost.tx.query(
      `SELECT 1 FROM membership.level_changes WHERE tenant_id = $1 AND rule_id = $2 LIMIT 1`,
      [this.context.tenantId(), id],
    );
    return rows.length > 0;
  }

  async delete(id: string): Promise<boolean> {
    const result: [unknown[], number] = await this.txHost.tx.query(
      `DELETE FROM membership.ladder_rules WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), id],
    );
    return result[1] > 0;
  }
}
