import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { EventData, EventDefinition, EventEnvelope } from '@groundwork/contracts';
import { TenantContext } from '../context/tenant-context';

export const OUTBOX_SCHEMA = Symbol('OUTBOX_SCHEMA');

/** Appends domain events to the outbox inside the caller's unit of work, never outside one. */
@Injectable()
export class OutboxWriter {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
    @Inject(OUTBOX_SCHEMA) private readonly schema: string,
  ) {}

  async append<E extends EventDefinition>(
    definition: E,
    data: EventData<E>,
  ): Promise<EventEnvelope<EventData<E>>> {
    if (!this.txHost.isTransactionActive()) {
      throw new Error(`${definition.type} must be appended inside the unit of work that made the change`);
    }
    const envelope: EventEnvelope<EventData<E>> = {
      id: randomUUID(),
      type: definition.type,
      version: definition.version,
      tenantId: this.context.tenantId(),
      occurredAt: new Date().toISOString(),
      actor: this.context.actor(),
      correlationId: this.context.correlationId(),
      data: definition.data.parse(data) as EventData<E>,
    };
    await this.txHost.tx.query(
      `INSERT INTO ${this.schema}.outbox (tenant_id, id, subject, envelope) VALUES ($1, $2, $3, $4)`,
      [envelope.tenantId, envelope.id, definition.subject, JSON.stringify(envelope)],
    );
    return envelope;
  }
}
