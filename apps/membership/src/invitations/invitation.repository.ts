import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { KeysetPosition } from '@groundwork/service-kit';
import { IsNull, MoreThan } from 'typeorm';
import { InvitationEntity } from './invitation.entity';

/** Pending invitations are those neither accepted nor expired at `now`. */
export interface InvitationFilter {
  pendingOnly: boolean;
  now: Date;
}

@Injectable()
export class InvitationRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async insert(invitation: InvitationEntity): Promise<void> {
    await this.txHost.tx.getRepository(InvitationEntity).insert(invitation);
  }

  /** Lets any pending invitation to `email` lapse now: a new invitation supersedes it. */
  async expirePending(tenantId: string, email: string, at: Date): Promise<void> {
    await this.txHost.tx
      .getRepository(InvitationEntity)
      .update({ tenantId, email, acceptedAt: IsNull(), expiresAt: MoreThan(at) }, { expiresAt: at });
  }

  /** Lets every pending invitation `userId` sent lapse now. */
  async expireSentBy(tenantId: string, userId: string, at: Date): Promise<void> {
    await this.txHost.tx
      .getRepository(InvitationEntity)
      .update(
        { tenantId, invitedBy: userId, acceptedAt: IsNull(), expiresAt: MoreThan(at) },
        { expiresAt: at },
      );
  }

  findByHash(tenantId: string, tokenHash: string, lock = false): Promise<InvitationEntity | null> {
    return this.txHost.tx.getRepository(InvitationEntity).findOne({
      where: { tenantId, tokenHash },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async markAccepted(tenantId: string, id: string, at: Date): Promise<void> {
    await this.txHost.tx.getRepository(InvitationEntity).update({ tenantId, id }, { acceptedAt: at });
  }

  /** Up to `limit` invitations, newest first, after `after` (the `invitations_created` index, read backwards). */
  page(
    tenantId: string,
    filter: InvitationFilter,
    limit: number,
    after?: KeysetPosition,
  ): Promise<InvitationEntity[]> {
    const query = this.filtered(tenantId, filter);
    if (after)
      query.andWhere('(invitation.createdAt, invitation.id) < (:at, :id)', { at: after.at, id: after.id });
    return query
      .orderBy('invitation.createdAt', 'DESC')
      .addOrderBy('invitation.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  count(tenantId: string, filter: InvitationFilter): Promise<number> {
    return this.filtered(tenantId, filter).getCount();
  }

  private filtered(tenantId: string, filter: InvitationFilter) {
    const query = this.txHost.tx
      .getRepository(InvitationEntity)
      .createQueryBuilder('invitation')
      .where('invitation.tenantId = :tenantId', { tenantId });
    if (filter.pendingOnly)
      query.andWhere('invitation.acceptedAt IS NULL AND invitation.expiresAt > :now', { now: filter.now });
    return query;
  }
}

export function isPending(invitation: InvitationEntity | null, now: Date): invitation is InvitationEntity {
  return invitation !== null && invitation.acceptedAt === null && invitation.expiresAt > now;
}
