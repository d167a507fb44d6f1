import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ActorType, uuid } from '@groundwork/contracts';
import { DomainError, TenantContext } from '@groundwork/service-kit';

const ALLOWED_ROLES = ['OWNER', 'ADMIN'];

/**
 * Demographics are readable and writable only by the coalition's ADMIN and OWNER users. The gateway
 * checks the same; this holds even for a caller that reaches membership another way: the actor
 * header must name a user whose membership in this coalition has one of those roles. API tokens
 * and system actors never qualify. Call inside the unit of work; returns the acting user's id.
 */
@Injectable()
export class DemographicsAccess {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async requireAdmin(): Promise<string> {
    const actor = this.context.actor();
    if (!actor) throw DomainError.unauthenticated('demographics need an acting user');
    if (actor.type !== ActorType.USER || !uuid().safeParse(actor.id).success) {
      throw DomainError.forbidden('demographics are only for ADMIN and OWNER users');
    }
    const rows: Array<{ role: string }> = await this.txHost.tx.query(
      `SELECT role FROM membership.memberships WHERE tenant_id = $1 AND user_id = $2`,
      [this.context.tenantId(), actor.id],
    );
    if (!rows[0] || !ALLOWED_ROLES.includes(rows[0].role)) {
      throw DomainError.forbidden('demographics are only for ADMIN and OWNER users');
    }
    return actor.id;
  }
}
