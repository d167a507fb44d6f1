import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';

/** Whether a person of this coalition exists, and whether they are archived; for records about a person. */
@Injectable()
export class PersonExistence {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /** `null` when the coalition has no such person. Call inside the unit of work. */
  async status(personId: string): Promise<'living' | 'archived' | null> {
    const rows: Array<{ archived: boolean }> = await this.txHost.tx.query(
      `SELECT archived_at IS NOT NULL AS archived FROM membership.people WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), personId],
    );
    if (!rows[0]) return null;
    return rows[0].archived ? 'archived' : 'living';
  }
}
