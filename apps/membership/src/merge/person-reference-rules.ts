/**
 * Every column of membership that refers to a person, and what a merge and an erasure do with it.
 *
 * The columns are discovered from the catalog (see `PersonReferenceCatalog`): every foreign key to
 * `people`, and every uuid column named `person_id` or `…_person_id` (references kept without a
 * foreign key for speed or history). A column found there without a rule here stops merges and
 * erasures with an error naming it, and fails `person-references.int-spec.ts`, so a table added later
 * is never silently forgotten.
 */

/** How a merge treats a column holding the merged-away person's id. */
export type MergeRule =
  /** Re-point every row to the kept person. */
  | { kind: 'move' }
  /**
   * Re-point, except rows that would duplicate one of the kept person's on `key` (optionally only
   * among rows matching `where`, in which `{t}` stands for the table's alias): those are dropped,
   * the kept person's row stays.
   */
  | { kind: 'move-unless-duplicate'; key: string[]; where?: string }
  /** A dedicated step of the merge handles it; `step` names it. */
  | { kind: 'step'; step: MergeStep }
  /** Left as is, for the reason given (history that names the old id on purpose). */
  | { kind: 'keep'; why: string };

export type MergeStep =
  | 'contacts'
  | 'demographics'
  | 'relationships'
  | 'level'
  | 'history'
  | 'consent'
  | 'referrals'
  | 'search-terms'
  | 'candidates';

/** How an erasure treats a column holding the erased person's id. */
export type EraseRule =
  /** The foreign key deletes the rows with the person (checked against the catalog). */
  | { kind: 'cascade' }
  /** The foreign key clears the column with the person (checked against the catalog). */
  | { kind: 'set-null' }
  /** The erasure deletes the rows before it deletes the person. */
  | { kind: 'delete' }
  /** A dedicated step of the erasure handles it. */
  | { kind: 'step'; step: EraseStep }
  /** Left as is: ids only, no personal data; the reason is given. */
  | { kind: 'keep'; why: string };

export type EraseStep = 'history' | 'consent' | 'erasure-record';

export interface PersonReferenceRule {
  merge: MergeRule;
  erase: EraseRule;
}

const move: MergeRule = { kind: 'move' };
const cascade: EraseRule = { kind: 'cascade' };
const erase: EraseRule = { kind: 'delete' };
const uniqueOn = (key: string[], where?: string): MergeRule => ({
  kind: 'move-unless-duplicate',
  key,
  where,
});
const step = (name: MergeStep): MergeRule => ({ kind: 'step', step: name });

/** Keyed `table.column` (tables of the membership schema). */
export const PERSON_REFERENCE_RULES: Record<string, PersonReferenceRule> = {
  // people and their profile
  'people.referred_by_person_id': { merge: step('referrals'), erase: { kind: 'set-null' } },
  'person_emails.person_id': { merge: step('contacts'), erase: cascade },
  'person_phones.person_id': { merge: step('contacts'), erase: cascade },
  'person_demographics.person_id': { merge: step('demographics'), erase: cascade },
  'person_notes.person_id': { merge: move, erase: cascade },
  'person_status_changes.person_id': { merge: move, erase: cascade },
  // organizations and relationships
  'organization_contacts.person_id': { merge: uniqueOn(['organization_id']), erase: cascade },
  'affiliations.person_id': { merge: uniqueOn(['organization_id'], '{t}.ended_on IS NULL'), erase: cascade },
  'relationships.from_person_id': { merge: step('relationships'), erase: cascade },
  'relationships.to_person_id': { merge: step('relationships'), erase: cascade },
  'one_on_ones.person_id': { merge: move, erase: cascade },
  // ladder, leadership, consent
  'person_levels.person_id': { merge: step('level'), erase: erase },
  'level_changes.person_id': { merge: step('history'), erase: { kind: 'step', step: 'history' } },
  'person_assessments.person_id': { merge: step('history'), erase: { kind: 'step', step: 'history' } },
  'ladder_event_facts.person_id': { merge: uniqueOn(['event_id']), erase: erase },
  'person_trainings.person_id': { merge: move, erase: erase },
  'person_skills.person_id': { merge: uniqueOn(['skill']), erase: erase },
  'person_roles.person_id': { merge: move, erase: erase },
  'consent_records.person_id': { merge: step('consent'), erase: { kind: 'step', step: 'consent' } },
  'person_consents.person_id': { merge: step('consent'), erase: { kind: 'step', step: 'consent' } },
  // imports, search, audit
  'import_changes.person_id': { merge: uniqueOn(['import_id']), erase: erase },
  'person_search_terms.person_id': { merge: step('search-terms'), erase: erase },
  'audit_log.person_id': {
    merge: { kind: 'keep', why: 'the log is append-only history of what happened to that id' },
    erase: { kind: 'keep', why: 'append-only; entries carry ids and field names, never personal data' },
  },
  // this area
  'duplicate_candidates.first_person_id': { merge: step('candidates'), erase: erase },
  'duplicate_candidates.second_person_id': { merge: step('candidates'), erase: erase },
  'person_merges.kept_person_id': {
    merge: move,
    erase: { kind: 'keep', why: 'ids only; resolves the id to ERASED' },
  },
  'person_merges.merged_person_id': {
    merge: { kind: 'keep', why: 'names people merged away earlier, never the living merged person' },
    erase: { kind: 'keep', why: 'ids only; resolves the id to ERASED' },
  },
  'person_erasures.person_id': {
    merge: { kind: 'keep', why: 'an erased person cannot be merged' },
    erase: { kind: 'step', step: 'erasure-record' },
  },
};

/** A column that refers to people, as the catalog describes it. */
export interface PersonReferenceColumn {
  table: string;
  column: string;
  /** The foreign key's ON DELETE action, or null when the column has no foreign key to people. */
  onDelete: 'CASCADE' | 'SET NULL' | 'NO ACTION' | 'RESTRICT' | 'SET DEFAULT' | null;
}

export const referenceKey = (reference: { table: string; column: string }) =>
  `${reference.table}.${reference.column}`;

/**
 * What is wrong with the rules for these columns: a column without a rule, a cascade or set-null
 * rule the foreign key does not carry out, and rules for columns that no longer exist. Empty when
 * all is well.
 */
export function ruleProblems(
  columns: PersonReferenceColumn[],
  rules: Record<string, PersonReferenceRule> = PERSON_REFERENCE_RULES,
): string[] {
  const problems: string[] = [];
  const found = new Set(columns.map(referenceKey));
  for (const column of columns) {
    const key = referenceKey(column);
    const rule = rules[key];
    if (!rule) {
      problems.push(
        `membership.${key} refers to people but has no merge and erasure rule in PERSON_REFERENCE_RULES`,
      );
      continue;
    }
    if (rule.erase.kind === 'cascade' && column.onDelete !== 'CASCADE') {
      problems.push(`membership.${key} is erased by cascade, but its foreign key does not cascade`);
    }
    if (rule.erase.kind === 'set-null' && column.onDelete !== 'SET NULL') {
      problems.push(`membership.${key} is cleared on erasure, but its foreign key does not SET NULL`);
    }
  }
  for (const key of Object.keys(rules)) {
    if (!found.has(key))
      problems.push(`PERSON_REFERENCE_RULES names membership.${key}, which does not exist`);
  }
  return problems;
}
