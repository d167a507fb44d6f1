import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import { LadderErrors } from './ladder.errors';

/**
 * The people-table checks the ladder, leadership and consent areas need before they write about a
 * person, inside the caller's unit of work.
 */
@Injectable()
export class PersonLookup {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /**
   * Locks a living person until the unit of work ends, so concurrent moves of one person queue up.
   * NO KEY UPDATE leaves foreign-key checks from other tables' inserts unblocked.
   */
  async lockLiving(personId: string): Promise<void> {
    const rows: Array<{ archived: boolean }> = await this.txHost.tx.query(
      `SELECT archived_at IS NOT NULL AS archived FROM membership.people WHERE tenant_id = $1 AND id = $2 FOR NO KEY UPDATE`,
      [this.context.tenantId(), personId],
    );
    if (rows.length === 0) throw LadderErrors.personNotFound(personId);
    if (rows[0]!.archived) throw LadderErrors.personArchived(personId);
  }

  /** A person of this coalition, archived or not (consent may still be withdrawn after archiving). */
  async requireExisting(personId: string): Promise<void> {
    const rows: unknown[] = await this.txHost.tx.query(
      `SELECT 1 FROM membership.people WHERE tenant_id = $1 AND id = $2 FOR KEY SHARE`,
      [this.context.tenantId(), personId],
    );
    if (rows.length === 0) throw LadderErrors.personNotFound(personId);
  }
}
