import { tenantTableRls } from '@groundwork/service-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People search: a term table read with btree prefix ranges.
 *
 * Under row-level security Postgres uses an index only for LEAKPROOF operators; `@@`, ILIKE and
 * pg_trgm's `%` are not, so a GIN or trigram index is never used by the runtime role. Text `<`, `>=`
 * and `=` are leakproof, so search reads `person_search_terms` through `search_terms_by_term`
 * (tenant, term) with one range `term >= prefix AND term < next(prefix)` per query word.
 *
 * A person's terms (deduplicated, each with the highest weight of its sources):
 * - words of the first and last name (weight 50) and their double-metaphone codes, prefixed with
 *   `~` so a query word never prefix-matches a code (weight 20): the typo tolerance on names;
 * - each email whole (40) and the words of its local part (30);
 * - each phone's digits (40), and the same without its first one to three digits (35), so a national
 *   number typed without the country code (and without a trunk 0) still matches;
 * - the words of their notes (5).
 * Words are folded (lower case, accents removed) and cut at 64 characters.
 *
 * Terms are kept by STATEMENT-level triggers with transition tables on people, person_emails,
 * person_phones and person_notes: a bulk import's `INSERT … SELECT` computes every new person's
 * terms in one set-based statement. Any other change recomputes the terms of the people it touched
 * (`search_refresh`); updates that leave names, email and phone alone cost one join and nothing more.
 * No foreign key to people (it would cost a check per term on import); deleting people deletes their
 * terms through the delete trigger, so an erasure leaves nothing behind here.
 *
 * The backfill runs with FORCE ROW LEVEL SECURITY lifted in this transaction only, so the owner sees
 * every coalition's rows.
 */
export class Search1700000000500 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of upStatements()) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, events] of TRIGGERED) {
      for (const event of events) {
        await queryRunner.query(
          `DROP TRIGGER IF EXISTS search_terms_${event.toLowerCase()} ON membership.${table}`,
        );
      }
    }
    for (const fn of [
      'search_people_inserted()',
      'search_people_updated()',
      'search_people_deleted()',
      'search_person_emails_changed()',
      'search_person_phones_changed()',
      'search_person_notes_changed()',
      'search_refresh(uuid[], uuid[])',
      'search_fold(text)',
    ]) {
      await queryRunner.query(`DROP FUNCTION IF EXISTS membership.${fn}`);
    }
    await queryRunner.query(`DROP TABLE IF EXISTS membership.person_search_terms`);
  }
}

const TRIGGERED: Array<[string, string[]]> = [
  ['people', ['INSERT', 'UPDATE', 'DELETE']],
  ['person_emails', ['INSERT', 'UPDATE', 'DELETE']],
  ['person_phones', ['INSERT', 'UPDATE', 'DELETE']],
  ['person_notes', ['INSERT', 'UPDATE', 'DELETE']],
];

const FORCED = ['people', 'person_emails', 'person_phones', 'person_notes', 'person_search_terms'];

/** Folded words of a text column (split on anything but letters and digits), at most 64 characters each. */
const words = (expression: string) =>
  `regexp_split_to_table(membership.search_fold(${expression}), '[^[:alnum:]]+')`;

/**
 * The terms of the people in `source` (columns tenant_id, id, first_name, last_name, email, phone):
 * written out as one set-based SELECT (not a function called per row), so an import of 200k people
 * computes its terms in one pass.
 */
function personTerms(source: string): string {
  return `SELECT tenant_id, id, forms.term, forms.weight
      FROM (SELECT tenant_id, id, word FROM ${source}, ${words(`first_name || ' ' || last_name`)} AS word WHERE word <> '') AS name_words,
           LATERAL (VALUES (left(word, 64), 50::smallint),
                           ('~' || public.dmetaphone(word), 20::smallint),
                           ('~' || public.dmetaphone_alt(word), 20::smallint)) AS forms (term, weight)
     WHERE forms.term <> '~'
    UNION ALL
    ${emailTerms(source)}
    UNION ALL
    ${phoneTerms(source)}`;
}

function emailTerms(source: string): string {
  return `SELECT tenant_id, id, email, 40::smallint FROM ${source} WHERE email IS NOT NULL
    UNION ALL
    SELECT tenant_id, id, left(word, 64), 30::smallint
      FROM ${source}, ${words(`split_part(email, '@', 1)`)} AS word WHERE email IS NOT NULL AND word <> ''`;
}

/**
 * Country calling codes of two digits (every other code but 1 and 7 has three): with them the
 * national number is known without a phone library, so "0151 1234567" finds +49 151 1234567.
 */
const TWO_DIGIT_CALLING_CODES = [
  20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60,
  61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
];

/** A phone's digits (weight 40) and its national number, without the country code (35). */
function phoneTerms(source: string): string {
  return `SELECT tenant_id, id, forms.term, forms.weight
      FROM (SELECT tenant_id, id, regexp_replace(phone, '[^0-9]', '', 'g') AS digits FROM ${source} WHERE phone IS NOT NULL) AS numbers,
           LATERAL (VALUES (digits, 40::smallint),
                           (substr(digits, CASE WHEN left(digits, 1) IN ('1', '7') THEN 2
                                                WHEN left(digits, 2) IN ('${TWO_DIGIT_CALLING_CODES.join("', '")}') THEN 3
                                                ELSE 4 END), 35::smallint)) AS forms (term, weight)
     WHERE length(forms.term) >= 4`;
}

function noteTerms(source: string): string {
  return `SELECT tenant_id, id, left(word, 64), 5::smallint FROM ${source}, ${words('body')} AS word WHERE length(word) >= 2`;
}

/**
 * Inserts terms in index order, which costs the btree about half of random order on large batches;
 * sorted with the index's own collation ("C", byte order), much cheaper than the database's.
 */
const insertTerms = (select: string, onConflict: string) => `
  INSERT INTO membership.person_search_terms AS terms (tenant_id, term, person_id, weight)
  SELECT tenant_id, term COLLATE "C", id, max(weight) FROM (${select}) AS derived (tenant_id, id, term, weight)
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ${onConflict}`;

/** Deletes the terms derived from rows that changed; shared ones come back with the refresh that follows. */
const deleteTerms = (select: string) => `
  DELETE FROM membership.person_search_terms terms USING (${select}) AS derived (tenant_id, id, term, weight)
   WHERE terms.tenant_id = derived.tenant_id AND terms.term = derived.term AND terms.person_id = derived.id`;

const KEEP_HIGHEST =
  'ON CONFLICT (tenant_id, term, person_id) DO UPDATE SET weight = excluded.weight WHERE terms.weight < excluded.weight';
const TAKE_RECOMPUTED =
  'ON CONFLICT (tenant_id, term, person_id) DO UPDATE SET weight = excluded.weight WHERE terms.weight <> excluded.weight';

/** The terms each contact table derives from its rows (columns renamed to tenant_id, id, …). */
const CONTACT_TERMS: Record<string, { column: string; terms: (source: string) => string }> = {
  person_emails: { column: 'email', terms: emailTerms },
  person_phones: { column: 'phone', terms: phoneTerms },
  person_notes: { column: 'body', terms: noteTerms },
};

function contactTrigger(table: string): string {
  const { column, terms } = CONTACT_TERMS[table]!;
  const rows = (transition: string) =>
    `(SELECT tenant_id, person_id AS id, ${column} FROM ${transition}) AS rows`;
  return `CREATE FUNCTION membership.search_${table}_changed() RETURNS trigger LANGUAGE plpgsql ${TERM_WORK} AS $$
      DECLARE tenant_ids uuid[]; person_ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${insertTerms(terms(rows('new_rows')), KEEP_HIGHEST)};
          RETURN NULL;
        END IF;
        ${deleteTerms(terms(rows('old_rows')))};
        SELECT array_agg(tenant_id), array_agg(person_id) INTO tenant_ids, person_ids
          FROM (SELECT DISTINCT tenant_id, person_id FROM old_rows) AS touched;
        PERFORM membership.search_refresh(tenant_ids, person_ids);
        IF TG_OP = 'UPDATE' THEN
          ${insertTerms(terms(rows('new_rows')), KEEP_HIGHEST)};
        END IF;
        RETURN NULL;
      END $$`;
}

/**
 * Term maintenance sorts a batch's terms once (an import of 100k people derives ~900k): in memory,
 * and without JIT, whose compile time outweighs what it saves on statements this size.
 */
const TERM_WORK = `SET work_mem = '64MB' SET jit = off`;

function upStatements(): string[] {
  return [
    `CREATE TABLE membership.person_search_terms (
      tenant_id uuid NOT NULL,
      term text COLLATE "C" NOT NULL,
      person_id uuid NOT NULL,
      weight smallint NOT NULL,
      PRIMARY KEY (tenant_id, term, person_id)
    )`,
    ...tenantTableRls('membership.person_search_terms'),

    // unaccent() is STABLE only because its dictionary could change; ours is fixed at install.
    `CREATE FUNCTION membership.search_fold(value text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`,

    // Recomputes every term of the people named, from all their sources.
    `CREATE FUNCTION membership.search_refresh(tenant_ids uuid[], person_ids uuid[]) RETURNS void
      LANGUAGE plpgsql ${TERM_WORK} AS $$
      BEGIN
        IF person_ids IS NULL THEN RETURN; END IF;
        WITH touched AS (SELECT * FROM unnest(tenant_ids, person_ids) AS touched (tenant_id, person_id)),
        people AS (
          SELECT p.tenant_id, p.id, p.first_name, p.last_name, p.email, p.phone
            FROM touched JOIN membership.people p ON p.tenant_id = touched.tenant_id AND p.id = touched.person_id
        ),
        emails AS (
          SELECT e.tenant_id, e.person_id AS id, e.email
            FROM touched JOIN membership.person_emails e ON e.tenant_id = touched.tenant_id AND e.person_id = touched.person_id
        ),
        phones AS (
          SELECT ph.tenant_id, ph.person_id AS id, ph.phone
            FROM touched JOIN membership.person_phones ph ON ph.tenant_id = touched.tenant_id AND ph.person_id = touched.person_id
        ),
        notes AS (
          SELECT n.tenant_id, n.person_id AS id, n.body
            FROM touched JOIN membership.person_notes n ON n.tenant_id = touched.tenant_id AND n.person_id = touched.person_id
        )
        ${insertTerms(
          `${personTerms('people')} UNION ALL ${emailTerms('emails')} UNION ALL ${phoneTerms('phones')} UNION ALL ${noteTerms('notes')}`,
          TAKE_RECOMPUTED,
        )};
      END $$`,

    `CREATE FUNCTION membership.search_people_inserted() RETURNS trigger LANGUAGE plpgsql ${TERM_WORK} AS $$
      BEGIN
        ${insertTerms(personTerms('new_rows'), '')};
        RETURN NULL;
      END $$`,
    `CREATE FUNCTION membership.search_people_updated() RETURNS trigger LANGUAGE plpgsql ${TERM_WORK} AS $$
      DECLARE tenant_ids uuid[]; person_ids uuid[];
      BEGIN
        WITH changed AS (
          SELECT old_rows.tenant_id, old_rows.id, old_rows.first_name, old_rows.last_name, old_rows.email, old_rows.phone
            FROM new_rows JOIN old_rows ON old_rows.tenant_id = new_rows.tenant_id AND old_rows.id = new_rows.id
           WHERE (old_rows.first_name, old_rows.last_name, old_rows.email, old_rows.phone)
                 IS DISTINCT FROM (new_rows.first_name, new_rows.last_name, new_rows.email, new_rows.phone)
        ), stale AS (${deleteTerms(personTerms('changed'))} RETURNING 1)
        SELECT array_agg(tenant_id), array_agg(id) INTO tenant_ids, person_ids FROM changed;
        PERFORM membership.search_refresh(tenant_ids, person_ids);
        RETURN NULL;
      END $$`,
    `CREATE FUNCTION membership.search_people_deleted() RETURNS trigger LANGUAGE plpgsql ${TERM_WORK} AS $$
      BEGIN
        ${deleteTerms(personTerms('old_rows'))};
        RETURN NULL;
      END $$`,
    ...Object.keys(CONTACT_TERMS).map(contactTrigger),

    `CREATE TRIGGER search_terms_insert AFTER INSERT ON membership.people
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION membership.search_people_inserted()`,
    `CREATE TRIGGER search_terms_update AFTER UPDATE ON membership.people
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION membership.search_people_updated()`,
    `CREATE TRIGGER search_terms_delete AFTER DELETE ON membership.people
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION membership.search_people_deleted()`,
    ...Object.keys(CONTACT_TERMS).flatMap((table) => [
      `CREATE TRIGGER search_terms_insert AFTER INSERT ON membership.${table}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION membership.search_${table}_changed()`,
      `CREATE TRIGGER search_terms_update AFTER UPDATE ON membership.${table}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION membership.search_${table}_changed()`,
      `CREATE TRIGGER search_terms_delete AFTER DELETE ON membership.${table}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION membership.search_${table}_changed()`,
    ]),

    // Backfill every coalition's people.
    ...FORCED.map((table) => `ALTER TABLE membership.${table} NO FORCE ROW LEVEL SECURITY`),
    `SELECT membership.search_refresh(array_agg(tenant_id), array_agg(id)) FROM membership.people`,
    ...FORCED.map((table) => `ALTER TABLE membership.${table} FORCE ROW LEVEL SECURITY`),
  ];
}
