import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TableStatistics, TenantContext } from '@groundwork/service-kit';

export interface ErasablePerson {
  id: string;
  first_name: string;
  last_name: string;
  external_id: string | null;
  created_at: Date;
  archived_at: Date | null;
  /** The primary and extra emails and phones. */
  emails: string[];
  phones: string[];
}

export interface PersonErasureRow {
  person_id: string;
  erased_at: Date;
  erased_by: string | null;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The SQL of an erasure, inside the caller's unit of work; every statement names the tenant. */
@Injectable()
export class PersonErasureRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
    private readonly statistics: TableStatistics,
  ) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T> {
    return this.txHost.tx.query<T>(sql, [this.context.tenantId(), ...params]);
  }

  async lock(personId: string): Promise<ErasablePerson | null> {
    const [row] = await this.query<ErasablePerson[]>(
      `SELECT p.id, p.first_name, p.last_name, p.external_id, p.created_at, p.archived_at,
              array_remove(p.email || ARRAY(SELECT email FROM membership.person_emails e WHERE e.tenant_id = $1 AND e.person_id = p.id), NULL) AS emails,
              array_remove(p.phone || ARRAY(SELECT phone FROM membership.person_phones f WHERE f.tenant_id = $1 AND f.person_id = p.id), NULL) AS phones
         FROM membership.people p WHERE p.tenant_id = $1 AND p.id = $2 FOR UPDATE`,
      [personId],
    );
    return row ?? null;
  }

  async findErasure(personId: string): Promise<PersonErasureRow | null> {
    const [row] = await this.query<PersonErasureRow[]>(
      `SELECT person_id, erased_at, erased_by FROM membership.person_erasures WHERE tenant_id = $1 AND person_id = $2`,
      [personId],
    );
    return row ?? null;
  }

  async deleteRows(table: string, column: string, personId: string): Promise<void> {
    await this.query(
      `DELETE FROM membership.${ident(table)} WHERE tenant_id = $1 AND ${ident(column)} = $2`,
      [personId],
    );
    this.statistics.afterCommit([table]);
  }

  async eraseHistory(personId: string): Promise<void> {
    await this.txHost.tx.query(`SELECT membership.erase_person_history($1)`, [personId]);
  }

  async eraseConsent(personId: string): Promise<void> {
    await this.txHost.tx.query(`SELECT membership.erase_consent_records($1)`, [personId]);
  }

  /**
   * Import staging keeps files' rows (as parsed and as mapped) for previews, reports and undo. Rows
   * that carry one of the person's emails, phones or external id, or both their names as cells, go;
   * the person's id leaves the undo lists of import chunks.
   */
  async eraseImportCopies(person: ErasablePerson): Promise<void> {
    const needles = [
      ...person.emails,
      ...person.phones,
      ...(person.external_id ? [person.external_id] : []),
    ].map((value) => value.toLowerCase());
    const names = [
      JSON.stringify(person.first_name.toLowerCase()),
      JSON.stringify(person.last_name.toLowerCase()),
    ];
    const mentions = (text: string) =>
      `(EXISTS (SELECT 1 FROM unnest($2::text[]) AS needle WHERE strpos(lower(${text}), needle) > 0)
        OR (strpos(lower(${text}), $3) > 0 AND strpos(lower(${text}), $4) > 0))`;
    await this.query(
      `WITH matched AS (
         SELECT v.import_id, v.row_number FROM membership.import_values v
          WHERE v.tenant_id = $1 AND ${mentions(`v."values"::text`)}
         UNION
         SELECT r.import_id, r.row_number FROM membership.import_rows r
          WHERE r.tenant_id = $1 AND ${mentions('r.cells')}
       ),
       values_gone AS (
         DELETE FROM membership.import_values v USING matched m
          WHERE v.tenant_id = $1 AND v.import_id = m.import_id AND v.row_number = m.row_number RETURNING 1
       )
       DELETE FROM membership.import_rows r USING matched m
        WHERE r.tenant_id = $1 AND r.import_id = m.import_id AND r.row_number = m.row_number`,
      [needles, ...names],
    );
    await this.query(
      `UPDATE membership.import_chunks SET created_ids = array_remove(created_ids, $2::uuid)
        WHERE tenant_id = $1 AND $2::uuid = ANY (created_ids)`,
      [person.id],
    );
  }

  async deletePerson(personId: string): Promise<void> {
    await this.query(`DELETE FROM membership.people WHERE tenant_id = $1 AND id = $2`, [personId]);
    this.statistics.afterCommit(['people', 'person_search_terms']);
  }

  async record(person: ErasablePerson, erasedBy: string): Promise<PersonErasureRow> {
    const [row] = await this.query<PersonErasureRow[]>(
      `INSERT INTO membership.person_erasures (tenant_id, person_id, person_created_at, archived_at, erased_at, erased_by)
       VALUES ($1, $2, $3, $4, now(), $5) RETURNING person_id, erased_at, erased_by`,
      [person.id, person.created_at, person.archived_at, erasedBy],
    );
    return row!;
  }
}
