import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';

export type ContactKind = 'email' | 'phone';

/** An email or phone beyond the person's primary one. `sms` is always false for emails. */
export interface ExtraContact {
  personId: string;
  value: string;
  sms: boolean;
  createdAt: Date;
}

const TABLES: Record<ContactKind, { table: string; column: string; sms: string }> = {
  email: { table: 'membership.person_emails', column: 'email', sms: 'false' },
  phone: { table: 'membership.person_phones', column: 'phone', sms: 'sms' },
};

/** `person_emails` and `person_phones`: a person's further emails and phones, oldest first. */
@Injectable()
export class PersonContactsRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async listFor(kind: ContactKind, personIds: string[]): Promise<ExtraContact[]> {
    const { table, column, sms } = TABLES[kind];
    const rows: Array<{ person_id: string; value: string; sms: boolean; created_at: Date }> =
      await this.txHost.tx.query(
        `SELECT person_id, ${column} AS value, ${sms} AS sms, created_at FROM ${table}
        WHERE tenant_id = $1 AND person_id = ANY($2::uuid[]) ORDER BY person_id, created_at, ${column}`,
        [this.context.tenantId(), personIds],
      );
    return rows.map((row) => ({
      personId: row.person_id,
      value: row.value,
      sms: row.sms,
      createdAt: row.created_at,
    }));
  }

  /** Adds the contact, or for a phone already there, sets its SMS flag. */
  async upsert(kind: ContactKind, contact: Omit<ExtraContact, 'createdAt'>, now: Date): Promise<void> {
    const { table, column } = TABLES[kind];
    const parameters = [this.context.tenantId(), contact.personId, contact.value, now];
    await (kind === 'phone'
      ? this.txHost.tx.query(
          `INSERT INTO ${table} (tenant_id, person_id, ${column}, created_at, sms) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (tenant_id, person_id, ${column}) DO UPDATE SET sms = excluded.sms`,
          [...parameters, contact.sms],
        )
      : this.txHost.tx.query(
          `INSERT INTO ${table} (tenant_id, person_id, ${column}, created_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (tenant_id, person_id, ${column}) DO NOTHING`,
          parameters,
        ));
  }

  /** Whether a row was there to remove. */
  async remove(kind: ContactKind, personId: string, value: string): Promise<boolean> {
    const { table, column } = TABLES[kind];
    // TypeORM answers a DELETE with [rows, affected row count].
    const [, removed] = await this.txHost.tx.query<[unknown[], number]>(
      `DELETE FROM ${table} WHERE tenant_id = $1 AND person_id = $2 AND ${column} = $3`,
      [this.context.tenantId(), personId, value],
    );
    return removed > 0;
  }

  async count(kind: ContactKind, personId: string): Promise<number> {
    const { table } = TABLES[kind];
    const [row] = await this.txHost.tx.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM ${table} WHERE tenant_id = $1 AND person_id = $2`,
      [this.context.tenantId(), personId],
    );
    return row?.count ?? 0;
  }
}
