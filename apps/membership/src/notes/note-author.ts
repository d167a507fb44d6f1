import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ActorType, uuid, type Role } from '@groundwork/contracts';
import { DomainError, TenantContext } from '@groundwork/service-kit';

export type NoteWriter = { kind: 'user'; userId: string; role: Role } | { kind: 'api-token' };

/**
 * Who writes a note: a user of the coalition (recorded as author) or an API token (no author). An
 * actor header naming someone who is not a member is refused. Call inside the unit of work.
 */
@Injectable()
export class NoteAuthor {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async resolve(): Promise<NoteWriter> {
    const actor = this.context.actor();
    if (!actor) throw DomainError.unauthenticated('writing a note needs an actor');
    if (actor.type === ActorType.API_TOKEN) return { kind: 'api-token' };
    if (actor.type !== ActorType.USER || !uuid().safeParse(actor.id).success) {
      throw DomainError.forbidden('the actor is not known in this coalition');
    }
    const rows: Array<{ role: Role }> = await this.txHost.tx.query(
      `SELECT role FROM membership.memberships WHERE tenant_id = $1 AND user_id = $2`,
      [this.context.tenantId(), actor.id],
    );
    if (!rows[0]) throw DomainError.forbidden('the acting user is not a member of this coalition');
    return { kind: 'user', userId: actor.id, role: rows[0].role };
  }
}
