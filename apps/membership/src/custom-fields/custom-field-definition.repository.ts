import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { CustomFieldType } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';
import { isUniqueViolation } from '../database/unique-violation';
import type { CustomFieldDefinition } from './custom-field-definition';
import { CustomFieldErrors } from './custom-field.errors';

interface DefinitionRow {
  tenant_id: string;
  id: string;
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const KEY_UNIQUE = 'custom_field_definitions_key_unique';

/** Custom field definitions of the tenant in context (a few dozen per coalition at most). */
@Injectable()
export class CustomFieldDefinitionRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async list(includeArchived: boolean): Promise<CustomFieldDefinition[]> {
    const rows: DefinitionRow[] = await this.txHost.tx.query(
      `SELECT * FROM membership.custom_field_definitions
        WHERE tenant_id = $1 ${includeArchived ? '' : 'AND archived_at IS NULL'}
        ORDER BY created_at, id`,
      [this.context.tenantId()],
    );
    return rows.map(toDefinition);
  }

  async count(): Promise<number> {
    const [row] = await this.txHost.tx.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM membership.custom_field_definitions WHERE tenant_id = $1`,
      [this.context.tenantId()],
    );
    return row?.count ?? 0;
  }

  async findForUpdate(id: string): Promise<CustomFieldDefinition | null> {
    const rows: DefinitionRow[] = await this.txHost.tx.query(
      `SELECT * FROM membership.custom_field_definitions WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [this.context.tenantId(), id],
    );
    return rows[0] ? toDefinition(rows[0]) : null;
  }

  async insert(definition: CustomFieldDefinition): Promise<void> {
    await this.txHost.tx
      .query(
        `INSERT INTO membership.custom_field_definitions
           (tenant_id, id, key, label, type, options, required, archived_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          definition.tenantId,
          definition.id,
          definition.key,
          definition.label,
          definition.type,
          definition.options,
          definition.required,
          definition.archivedAt,
          definition.createdAt,
          definition.updatedAt,
        ],
      )
      .catch((error: unknown) => {
        throw isUniqueViolation(error, KEY_UNIQUE) ? CustomFieldErrors.keyTaken() : error;
      });
  }

  async update(definition: CustomFieldDefinition): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE membership.custom_field_definitions
          SET label = $3, options = $4, required = $5, archived_at = $6, updated_at = $7
        WHERE tenant_id = $1 AND id = $2`,
      [
        definition.tenantId,
        definition.id,
        definition.label,
        definition.options,
        definition.required,
        definition.archivedAt,
        definition.updatedAt,
      ],
    );
  }
}

function toDefinition(row: DefinitionRow): CustomFieldDefinition {
  return {
    tenantId: row.tenant_id,
    id: row.id,
    key: row.key,
    label: row.label,
    type: row.type,
    options: row.options,
    required: row.required,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
