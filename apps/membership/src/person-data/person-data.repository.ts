import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { PersonReferenceColumn } from '../merge/person-reference-rules';

type Row = Record<string, unknown>;

/** A quoted identifier (names come from the catalog). */
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Everything stored about one person, read generically table by table, inside the caller's unit of work. */
@Injectable()
export class PersonDataRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async person(personId: string): Promise<Row | null> {
    const [row] = await this.txHost.tx.query<Array<{ row: Row }>>(
      `SELECT to_jsonb(p) AS row FROM membership.people p WHERE p.tenant_id = $1 AND p.id = $2`,
      [this.context.tenantId(), personId],
    );
    return row?.row ?? null;
  }

  /**
   * The rows of `column`'s table that name the person. Other people who name this person (their
   * referrer) are listed by id only: their own data is not this person's to receive.
   */
  async rows(column: PersonReferenceColumn, personId: string): Promise<Row[]> {
    const projection = column.table === 'people' ? `jsonb_build_object('id', t.id)` : 'to_jsonb(t)';
    const rows = await this.txHost.tx.query<Array<{ row: Row }>>(
      `SELECT ${projection} AS row FROM membership.${ident(column.table)} t
        WHERE t.tenant_id = $1 AND t.${ident(column.column)} = $2`,
      [this.context.tenantId(), personId],
    );
    return rows.map((row) => row.row);
  }
}
