import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PERSON_REFERENCE_RULES, ruleProblems, type PersonReferenceColumn } from './person-reference-rules';

const ON_DELETE: Record<string, PersonReferenceColumn['onDelete']> = {
  c: 'CASCADE',
  n: 'SET NULL',
  a: 'NO ACTION',
  r: 'RESTRICT',
  d: 'SET DEFAULT',
};

/**
 * The columns of the membership schema that refer to people, read from the Postgres catalog: foreign
 * keys to `people` and uuid columns named `person_id` / `…_person_id`. Read afresh for every merge,
 * erasure and export (a few milliseconds), so a migration applied to a running service is seen at once.
 */
@Injectable()
export class PersonReferenceCatalog {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async columns(): Promise<PersonReferenceColumn[]> {
    const rows: Array<{ table: string; column: string; on_delete: string | null }> =
      await this.txHost.tx.query(
        `SELECT c.relname AS "table", a.attname AS "column", max(fk.confdeltype::text) AS on_delete
         FROM pg_catalog.pg_attribute a
         JOIN pg_catalog.pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'membership'
         LEFT JOIN pg_catalog.pg_constraint fk
           ON fk.contype = 'f' AND fk.conrelid = c.oid
          AND fk.confrelid = 'membership.people'::regclass AND a.attnum = ANY (fk.conkey)
        WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attname <> 'tenant_id'
          AND (fk.oid IS NOT NULL
               OR (a.atttypid = 'uuid'::regtype AND (a.attname = 'person_id' OR a.attname LIKE '%\\_person\\_id')))
        GROUP BY c.relname, a.attname
        ORDER BY c.relname, a.attname`,
      );
    return rows.map((row) => ({
      table: row.table,
      column: row.column,
      onDelete: row.on_delete ? (ON_DELETE[row.on_delete] ?? null) : null,
    }));
  }

  /** The columns, after checking every one has a rule; throws naming what is missing. */
  async checkedColumns(): Promise<PersonReferenceColumn[]> {
    const columns = await this.columns();
    const problems = ruleProblems(columns, PERSON_REFERENCE_RULES);
    if (problems.length > 0) throw new PersonReferenceRulesMissingError(problems);
    return columns;
  }
}

/** A bug, not a request error: a migration added a reference to people that merge and erasure do not know. */
export class PersonReferenceRulesMissingError extends Error {
  constructor(readonly problems: string[]) {
    super(`person references without a rule: ${problems.join('; ')}`);
    this.name = 'PersonReferenceRulesMissingError';
  }
}
