import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TableStatistics, TenantContext } from '@groundwork/service-kit';
import type { MergeablePerson, MergedColumns, Phone } from './person-merge-plan';

const PERSON_COLUMNS = `id, first_name, last_name, pronouns, email, phone, phone_sms, address_line1, address_line2, city,
  region, postal_code, country, area, preferred_language, preferred_languages, joined_on::text AS joined_on, source,
  source_detail, referred_by_person_id, status, assigned_organizer_id, external_id, custom_fields, tags, created_at,
  archived_at`;

/** Undirected relationship types are stored smaller id first; directed ones keep their order. */
const DIRECTED_RELATIONSHIPS = `('RECRUITED_BY', 'MENTOR')`;

export interface MergeParties {
  from: string;
  to: string;
}

/** A quoted identifier of the membership schema (names come from the catalog). */
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The SQL of a merge, inside the caller's unit of work. Every statement names the tenant besides
 * row-level security enforcing it. `from` is the merged-away person, `to` the kept one.
 */
@Injectable()
export class PersonMergeRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
    private readonly statistics: TableStatistics,
  ) {}

  private query<T>(sql: string, params: unknown[] = []): Promise<T> {
    return this.txHost.tx.query<T>(sql, [this.context.tenantId(), ...params]);
  }

  /** Both people, locked in id order (so two merges of the same pair cannot deadlock). */
  lockPeople(ids: string[]): Promise<MergeablePerson[]> {
    return this.query(
      `SELECT ${PERSON_COLUMNS} FROM membership.people WHERE tenant_id = $1 AND id = ANY ($2::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
  }

  async extraEmails(personId: string): Promise<string[]> {
    const rows = await this.query<Array<{ email: string }>>(
      `SELECT email FROM membership.person_emails WHERE tenant_id = $1 AND person_id = $2 ORDER BY created_at, email`,
      [personId],
    );
    return rows.map((row) => row.email);
  }

  extraPhones(personId: string): Promise<Phone[]> {
    return this.query(
      `SELECT phone, sms FROM membership.person_phones WHERE tenant_id = $1 AND person_id = $2 ORDER BY created_at, phone`,
      [personId],
    );
  }

  /** Frees the merged-away person's unique values (email, phone, external id) for the kept person. */
  async releaseUniqueValues(personId: string): Promise<void> {
    await this.query(
      `UPDATE membership.people SET email = NULL, phone = NULL, phone_sms = false, external_id = NULL
        WHERE tenant_id = $1 AND id = $2`,
      [personId],
    );
  }

  async move(table: string, column: string, { from, to }: MergeParties): Promise<void> {
    await this.query(
      `UPDATE membership.${ident(table)} SET ${ident(column)} = $3 WHERE tenant_id = $1 AND ${ident(column)} = $2`,
      [from, to],
    );
    this.statistics.afterCommit([table]);
  }

  /** Drops the merged-away person's rows that duplicate one of the kept person's on `key`, then moves the rest. */
  async moveUnlessDuplicate(
    table: string,
    column: string,
    key: string[],
    where: string | undefined,
    parties: MergeParties,
  ): Promise<void> {
    const condition = (alias: string) => (where ? ` AND (${where.replaceAll('{t}', alias)})` : '');
    await this.query(
      `DELETE FROM membership.${ident(table)} m
        WHERE m.tenant_id = $1 AND m.${ident(column)} = $2${condition('m')}
          AND EXISTS (SELECT 1 FROM membership.${ident(table)} k
                       WHERE k.tenant_id = $1 AND k.${ident(column)} = $3${condition('k')}
                         ${key.map((part) => `AND k.${ident(part)} IS NOT DISTINCT FROM m.${ident(part)}`).join(' ')})`,
      [parties.from, parties.to],
    );
    await this.move(table, column, parties);
  }

  /** Removes both people's extra emails and phones; the merge writes the kept person's set afresh. */
  async clearContacts({ from, to }: MergeParties): Promise<void> {
    await this.query(`DELETE FROM membership.person_emails WHERE tenant_id = $1 AND person_id IN ($2, $3)`, [
      from,
      to,
    ]);
    await this.query(`DELETE FROM membership.person_phones WHERE tenant_id = $1 AND person_id IN ($2, $3)`, [
      from,
      to,
    ]);
  }

  async addContacts(personId: string, emails: string[], phones: Phone[]): Promise<void> {
    if (emails.length > 0) {
      await this.query(
        `INSERT INTO membership.person_emails (tenant_id, person_id, email, created_at)
         SELECT $1, $2, email, now() FROM unnest($3::text[]) AS email ON CONFLICT DO NOTHING`,
        [personId, emails],
      );
    }
    if (phones.length > 0) {
      await this.query(
        `INSERT INTO membership.person_phones (tenant_id, person_id, phone, sms, created_at)
         SELECT $1, $2, phone, sms, now() FROM unnest($3::text[], $4::boolean[]) AS x (phone, sms) ON CONFLICT DO NOTHING`,
        [personId, phones.map((phone) => phone.phone), phones.map((phone) => phone.sms)],
      );
    }
  }

  /** Fills the kept person's unanswered demographics from the merged-away person's, whatever the columns are. */
  async mergeDemographics({ from, to }: MergeParties): Promise<void> {
    const columns: Array<{ name: string }> = await this.txHost.tx.query(
      `SELECT attname AS name FROM pg_catalog.pg_attribute
        WHERE attrelid = 'membership.person_demographics'::regclass AND attnum > 0 AND NOT attisdropped
          AND attname NOT IN ('tenant_id', 'person_id', 'updated_at', 'updated_by')`,
    );
    if (columns.length > 0) {
      await this.query(
        `UPDATE membership.person_demographics k
            SET ${columns.map(({ name }) => `${ident(name)} = coalesce(k.${ident(name)}, m.${ident(name)})`).join(', ')}
           FROM membership.person_demographics m
          WHERE k.tenant_id = $1 AND k.person_id = $3 AND m.tenant_id = $1 AND m.person_id = $2`,
        [from, to],
      );
    }
    await this.query(
      `DELETE FROM membership.person_demographics m WHERE m.tenant_id = $1 AND m.person_id = $2
          AND EXISTS (SELECT 1 FROM membership.person_demographics k WHERE k.tenant_id = $1 AND k.person_id = $3)`,
      [from, to],
    );
    await this.move('person_demographics', 'person_id', { from, to });
  }

  /**
   * Drops links between the two, re-points the merged-away person's links to the kept one (keeping
   * undirected links smaller id first) and drops those that would repeat an existing link.
   */
  async mergeRelationships({ from, to }: MergeParties): Promise<void> {
    await this.query(
      `DELETE FROM membership.relationships WHERE tenant_id = $1
          AND ((from_person_id = $2 AND to_person_id = $3) OR (from_person_id = $3 AND to_person_id = $2))`,
      [from, to],
    );
    const repointed = `WITH replaced AS (
        SELECT id, type,
               CASE WHEN from_person_id = $2 THEN $3::uuid ELSE from_person_id END AS f,
               CASE WHEN to_person_id = $2 THEN $3::uuid ELSE to_person_id END AS t
          FROM membership.relationships WHERE tenant_id = $1 AND (from_person_id = $2 OR to_person_id = $2)
      ), target AS (
        SELECT id, type,
               CASE WHEN type IN ${DIRECTED_RELATIONSHIPS} THEN f ELSE least(f, t) END AS f,
               CASE WHEN type IN ${DIRECTED_RELATIONSHIPS} THEN t ELSE greatest(f, t) END AS t
          FROM replaced
      )`;
    await this.query(
      `${repointed}
       DELETE FROM membership.relationships r USING target
        WHERE r.tenant_id = $1 AND r.id = target.id
          AND EXISTS (SELECT 1 FROM membership.relationships x WHERE x.tenant_id = $1
                         AND x.from_person_id = target.f AND x.to_person_id = target.t AND x.type = target.type)`,
      [from, to],
    );
    await this.query(
      `${repointed}
       UPDATE membership.relationships r SET from_person_id = target.f, to_person_id = target.t
         FROM target WHERE r.tenant_id = $1 AND r.id = target.id`,
      [from, to],
    );
  }

  /** The kept person ends at the higher of the two levels (with the date it was reached); history moves separately. */
  async mergeLevel({ from, to }: MergeParties): Promise<void> {
    await this.query(
      `UPDATE membership.person_levels k SET level_id = m.level_id, since = m.since
         FROM membership.person_levels m
         JOIN membership.ladder_levels ml ON ml.tenant_id = m.tenant_id AND ml.id = m.level_id,
              membership.ladder_levels kl
        WHERE k.tenant_id = $1 AND k.person_id = $3 AND m.tenant_id = $1 AND m.person_id = $2
          AND kl.tenant_id = $1 AND kl.id = k.level_id AND ml.position > kl.position`,
      [from, to],
    );
    await this.query(
      `DELETE FROM membership.person_levels m WHERE m.tenant_id = $1 AND m.person_id = $2
          AND EXISTS (SELECT 1 FROM membership.person_levels k WHERE k.tenant_id = $1 AND k.person_id = $3)`,
      [from, to],
    );
    await this.move('person_levels', 'person_id', { from, to });
  }

  async mergeHistory({ from, to }: MergeParties): Promise<void> {
    await this.txHost.tx.query(`SELECT membership.reassign_person_history($1, $2)`, [from, to]);
  }

  async mergeConsent({ from, to }: MergeParties): Promise<void> {
    await this.txHost.tx.query(`SELECT membership.reassign_consent_records($1, $2)`, [from, to]);
  }

  /** People referred by the merged-away person are referred by the kept one (never the kept one by itself). */
  async mergeReferrals({ from, to }: MergeParties): Promise<void> {
    await this.query(
      `UPDATE membership.people SET referred_by_person_id = CASE WHEN id = $3 THEN NULL ELSE $3::uuid END
        WHERE tenant_id = $1 AND referred_by_person_id = $2`,
      [from, to],
    );
  }

  async refreshSearchTerms(personId: string): Promise<void> {
    await this.query(`SELECT membership.search_refresh(ARRAY[$1::uuid], ARRAY[$2::uuid])`, [personId]);
  }

  async deletePerson(personId: string): Promise<void> {
    await this.query(`DELETE FROM membership.people WHERE tenant_id = $1 AND id = $2`, [personId]);
    this.statistics.afterCommit(['people', 'person_search_terms']);
  }

  async updateKept(personId: string, columns: MergedColumns): Promise<void> {
    const entries = Object.entries(columns);
    await this.query(
      `UPDATE membership.people
          SET ${entries.map(([column], index) => `${ident(column)} = $${index + 3}`).join(', ')}, updated_at = now()
        WHERE tenant_id = $1 AND id = $2`,
      [
        personId,
        ...entries.map(([column, value]) => (column === 'custom_fields' ? JSON.stringify(value) : value)),
      ],
    );
  }

  async recordStatusChange(
    personId: string,
    fromStatus: string,
    toStatus: string,
    changedBy: string | null,
  ): Promise<void> {
    await this.query(
      `INSERT INTO membership.person_status_changes (tenant_id, id, person_id, from_status, to_status, changed_by, changed_at)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, now())`,
      [personId, fromStatus, toStatus, changedBy],
    );
  }

  async isErased(personIds: string[]): Promise<boolean> {
    const rows = await this.query<unknown[]>(
      `SELECT 1 FROM membership.person_erasures WHERE tenant_id = $1 AND person_id = ANY ($2::uuid[])`,
      [personIds],
    );
    return rows.length > 0;
  }
}
