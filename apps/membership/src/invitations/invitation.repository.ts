import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { IsNull, MoreThan } from 'typeorm';
import { InvitationEntity } from './invitation.entity';

/** Invitations lists are short-lived working lists; the newest this many are shown. */
const LIST_LIMIT = 500;

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
      .update({ tenantId, invitedBy: userId, acceptedAt: IsNull(), expiresAt: MoreThan(at) }, { expiresAt: at });
  }

  findByHash(tenantId: string, tokenHash: string, lock = false): Promise<InvitationEntity | null> {
    return this.txHost.tx
      .getRepository(InvitationEntity)
      .findOne({ where: { tenantId, tokenHash }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async markAccepted(tenantId: string, id: string, at: Date): Promise<void> {
    await this.txHost.tx.getRepository(InvitationEntity).update({ tenantId, id }, { acceptedAt: at });
  }

  list(tenantId: string, pendingOnly: boolean, now: Date): Promise<InvitationEntity[]> {
    return this.txHost.tx.getRepository(InvitationEntity).find({
      where: pendingOnly ? { tenantId, acceptedAt: IsNull(), expiresAt: MoreThan(now) } : { tenantId },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: LIST_LIMIT,
    });
  }
}

export function isPending(invitation: InvitationEntity | null, now: Date): invitation is InvitationEntity {
  return invitation !== null && invitation.acceptedAt === null && invitation.expiresAt > now;
}
