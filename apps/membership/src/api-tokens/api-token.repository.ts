import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { KeysetPosition } from '@groundwork/service-kit';
import { ApiTokenEntity } from './api-token.entity';

/** How often a token's `last_used_at` may be written: at most once a minute, not once a request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiTokenRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async insert(token: ApiTokenEntity): Promise<void> {
    await this.txHost.tx.getRepository(ApiTokenEntity).insert(token);
  }

  findById(tenantId: string, id: string): Promise<ApiTokenEntity | null> {
    return this.txHost.tx.getRepository(ApiTokenEntity).findOneBy({ tenantId, id });
  }

  /** Authentication, before the tenant is known: admitted only on the authenticate-api-token path. */
  findByPrefix(prefix: string): Promise<ApiTokenEntity[]> {
    return this.txHost.tx.getRepository(ApiTokenEntity).findBy({ prefix });
  }

  /** Up to `limit` tokens, newest first, after `after` (the `api_tokens_created` index, read backwards). */
  page(tenantId: string, limit: number, after?: KeysetPosition): Promise<ApiTokenEntity[]> {
    const query = this.txHost.tx
      .getRepository(ApiTokenEntity)
      .createQueryBuilder('token')
      .where('token.tenantId = :tenantId', { tenantId });
    if (after) query.andWhere('(token.createdAt, token.id) < (:at, :id)', { at: after.at, id: after.id });
    return query.orderBy('token.createdAt', 'DESC').addOrderBy('token.id', 'DESC').limit(limit).getMany();
  }

  count(tenantId: string): Promise<number> {
    return this.txHost.tx.getRepository(ApiTokenEntity).countBy({ tenantId });
  }

  async revoke(tenantId: string, id: string, at: Date): Promise<void> {
    await this.txHost.tx.getRepository(ApiTokenEntity).update({ tenantId, id }, { revokedAt: at });
  }

  /** Revokes the live tokens `userId` created; returns their ids. */
  async revokeCreatedBy(tenantId: string, userId: string, at: Date): Promise<string[]> {
    const [rows] = await this.txHost.tx.query<[Array<{ id: string }>, number]>(
      `UPDATE membership.api_tokens SET revoked_at = $3
        WHERE tenant_id = $1 AND created_by = $2 AND revoked_at IS NULL
        RETURNING id`,
      [tenantId, userId, at],
    );
    return rows.map((row) => row.id);
  }

  /** Records a use unless one was recorded within the last minute (also when requests race). */
  async recordUse(tenantId: string, id: string): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE membership.api_tokens SET last_used_at = now()
        WHERE tenant_id = $1 AND id = $2
          AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $3))`,
      [tenantId, id, LAST_USED_RESOLUTION_MS / 1000],
    );
  }
}
