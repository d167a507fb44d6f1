import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { type PersonStatus } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';

/**
 * Records each change of a person's status for the timeline, with the acting user when a user
 * acted (API tokens and system work record none). Creation is not recorded here: the timeline reads
 * it from `people.created_at`, which every person has, imported or not.
 */
@Injectable()
export class PersonStatusChangeRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async record(personId: string, from: PersonStatus | null, to: PersonStatus, at: Date): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO membership.person_status_changes (tenant_id, id, person_id, from_status, to_status, changed_by, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [this.context.tenantId(), randomUUID(), personId, from, to, this.context.actingUserId(), at],
    );
  }
}
