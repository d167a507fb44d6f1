import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ActorType, uuid } from '@groundwork/contracts';
import { DomainError, TenantContext } from '@groundwork/service-kit';

const ALLOWED_ROLES = ['OWNER', 'ADMIN'];

/**
 * A person's complete data and their erasure are for the coalition's ADMIN and OWNER users only. The
 * gateway checks the same; membership holds it too, for a caller that reaches it another way: the
 * actor must be a user whose membership here has one of those roles (never an API token or the
 * system). Call inside the unit of work; returns the acting user's id.
 */
@Injectable()
export class AdminAccess {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async requireAdmin(what: string): Promise<string> {
    const actor = this.context.actor();
    if (!actor) throw DomainError.unauthenticated(`${what} needs an acting user`);
    if (actor.type !== ActorType.USER || !uuid().safeParse(actor.id).success) {
      throw DomainError.forbidden(`${what} is only for ADMIN and OWNER users`);
    }
    const rows: Array<{ role: string }> = await this.txHost.tx.query(
      `SELECT role FROM membership.memberships WHERE tenant_id = $1 AND user_id = $2`,
      [this.context.tenantId(), actor.id],
    );
    if (!rows[0] || !ALLOWED_ROLES.includes(rows[0].role)) {
      throw DomainError.forbidden(`${what} is only for ADMIN and OWNER users`);
    }
    return actor.id;
  }
}
