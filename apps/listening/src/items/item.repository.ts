import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { ItemEntity } from './item.entity';

const COLUMNS = 'tenant_id AS "tenantId", id, name, created_at AS "createdAt"';

/** Items of the tenant in context, inside the current unit of work. */
@Injectable()
export class ItemRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async insert(name: string): Promise<ItemEntity> {
    const rows: ItemEntity[] = await this.txHost.tx.query(
      `INSERT INTO listening.items (tenant_id, id, name) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
      [this.context.tenantId(), randomUUID(), name],
    );
    const [row] = rows;
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row;
  }
}
