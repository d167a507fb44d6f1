import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { CUSTOM_COLUMN_PREFIX, EXPORT_COLUMNS, type ExportColumnDto } from '@groundwork/contracts';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { EXPORT_CATALOGUE } from './export-columns';

/** The columns an export may have: the catalogue, then the coalition's custom fields that are in use. */
@Injectable()
export class ListExportColumnsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async execute(): Promise<ExportColumnDto[]> {
    const fields: Array<{ key: string; label: string }> = await this.unitOfWork.run(() =>
      this.txHost.tx.query(
        `SELECT key, label FROM membership.custom_field_definitions WHERE tenant_id = $1 AND archived_at IS NULL ORDER BY lower(label), key`,
        [this.context.tenantId()],
      ),
    );
    return [
      ...EXPORT_COLUMNS.map((key) => ({ key, label: EXPORT_CATALOGUE[key].label })),
      ...fields.map((field) => ({ key: `${CUSTOM_COLUMN_PREFIX}${field.key}`, label: field.label })),
    ];
  }
}
