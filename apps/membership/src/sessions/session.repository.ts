import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { IsNull } from 'typeorm';
import { SessionEntity } from './session.entity';

@Injectable()
export class SessionRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async insert(session: SessionEntity): Promise<void> {
    await this.txHost.tx.getRepository(SessionEntity).insert(session);
  }

  /** The refresh token with this hash, locked so two refreshes of one token serialize. */
  findByHashForUpdate(tenantId: string, tokenHash: string): Promise<SessionEntity | null> {
    return this.txHost.tx
      .getRepository(SessionEntity)
      .findOne({ where: { tenantId, tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async markRotated(tenantId: string, id: string, at: Date): Promise<void> {
    await this.txHost.tx.getRepository(SessionEntity).update({ tenantId, id }, { rotatedAt: at });
  }

  /** Revokes every token of a session; returns how many rows the family has (0: no such session). */
  async revokeFamily(tenantId: string, familyId: string, userId: string | null): Promise<number> {
    const where = { tenantId, familyId, ...(userId ? { userId } : {}) };
    const repository = this.txHost.tx.getRepository(SessionEntity);
    const rows = await repository.countBy(where);
    await repository.update({ ...where, revokedAt: IsNull() }, { revokedAt: new Date() });
    return rows;
  }

  /** Whether the session (token family) of `userId` is neither revoked nor expired. */
  async isLive(tenantId: string, familyId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.txHost.tx.query(
      `SELECT 1 FROM membership.sessions
        WHERE tenant_id = $1 AND family_id = $2 AND user_id = $3 AND revoked_at IS NULL AND expires_at > now()
        LIMIT 1`,
      [tenantId, familyId, userId],
    );
    return rows.length > 0;
  }

  /** Signs a user out of this coalition everywhere (role changed or membership removed). */
  async revokeUser(tenantId: string, userId: string): Promise<void> {
    await this.txHost.tx
      .getRepository(SessionEntity)
      .update({ tenantId, userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
