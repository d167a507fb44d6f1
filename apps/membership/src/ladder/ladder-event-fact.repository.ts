import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';

/** The facts windowed rule counts need: which person had which event type when. */
@Injectable()
export class LadderEventFactRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /**
   * Records the fact if the person is a living person of this coalition; returns whether it was
   * recorded (false also when this event was already recorded for the person).
   */
  async record(fact: {
    eventId: string;
    personId: string;
    eventType: string;
    occurredAt: Date;
  }): Promise<boolean> {
    const rows: unknown[] = await this.txHost.tx.query(
      `INSERT INTO membership.ladder_event_facts (tenant_id, event_id, person_id, event_type, occurred_at)
       SELECT p.tenant_id, $2, p.id, $4, $5 FROM membership.people p
        WHERE p.tenant_id = $1 AND p.id = $3 AND p.archived_at IS NULL
       ON CONFLICT DO NOTHING RETURNING person_id`,
      [this.context.tenantId(), fact.eventId, fact.personId, fact.eventType, fact.occurredAt],
    );
    return rows.length > 0;
  }
}
