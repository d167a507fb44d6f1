import { randomUUID } from 'node:crypto';
import type { PersonDto } from '@groundwork/contracts';
import type { RawRpc, TenantSql } from '@groundwork/testing';
import type { Member } from './accounts-fixtures';

/** What `seedPersonRecords` wrote that is personal, so tests can look for it after an erasure. */
export interface SeededPerson {
  person: PersonDto;
  /** Every personal value written: names, emails, phones, note and other free texts. */
  personalValues: string[];
  /** The tables (of the membership schema) that got a row naming the person. */
  tables: string[];
}

/** Eight letters (names may not hold digits). */
const unique = () =>
  randomUUID()
    .slice(0, 8)
    .replace(/[0-9]/g, (digit) => 'ghijklmnop'[Number(digit)]!);

/**
 * Creates a person through membership's subjects and writes, as the owner role, a row about them in
 * every table of membership that refers to people. `other` is a second person of the coalition for
 * person ↔ person rows. A new table that refers to people needs a line here: the reference and
 * erasure suites fail until it has one.
 */
export async function seedPersonRecords(
  rpc: RawRpc,
  sql: TenantSql,
  owner: Member,
  other: PersonDto,
  label = 'Seeded',
): Promise<SeededPerson> {
  const tag = unique();
  const first = `Zephyrine${tag}`;
  const last = `Quillfeather${tag}`;
  const email = `zq-${tag}@example.org`;
  const extraEmail = `zq-extra-${tag}@example.net`;
  const phone = `+1415555${String(Math.floor(Math.random() * 9000) + 1000)}`;
  const extraPhone = `+1415556${String(Math.floor(Math.random() * 9000) + 1000)}`;
  const note = `Confided ${label} secret about landlord ${tag}`;
  const person = await rpc.ok(
    'membership.person.create',
    {
      firstName: first,
      lastName: last,
      email,
      phone,
      postalCode: '94110',
      addressLine1: `12 Mission St ${tag}`,
      tags: [`volunteer-${tag}`],
    },
    owner.as,
  );
  await rpc.ok('membership.person.email.add', { personId: person.id, email: extraEmail }, owner.as);
  await rpc.ok(
    'membership.person.phone.add',
    { personId: person.id, phone: extraPhone, sms: true },
    owner.as,
  );
  await rpc.ok('membership.person-note.create', { personId: person.id, body: note }, owner.as);
  await rpc.ok(
    'membership.demographics.set',
    { personId: person.id, ageRange: 'AGE_25_34', gender: 'WOMAN' },
    owner.as,
  );
  await rpc.ok(
    'membership.person.update',
    { id: person.id, status: 'INACTIVE', referredByPersonId: other.id, source: 'REFERRAL' },
    owner.as,
  );
  await rpc.ok(
    'membership.person.update',
    { id: other.id, referredByPersonId: person.id, source: 'REFERRAL' },
    owner.as,
  );

  const t = owner.tenantId;
  const q = (statement: string, params: unknown[] = []) => sql.query(t, statement, params);
  const organizationId = randomUUID();
  await q(
    `INSERT INTO membership.organizations (tenant_id, id, type, name, membership_status, created_at, updated_at)
     VALUES ($1, $2, 'UNION', $3, 'MEMBER', now(), now())`,
    [t, organizationId, `Local ${tag}`],
  );
  await q(
    `INSERT INTO membership.organization_contacts (tenant_id, organization_id, person_id, position) VALUES ($1, $2, $3, 1)`,
    [t, organizationId, person.id],
  );
  await q(
    `INSERT INTO membership.affiliations (tenant_id, id, organization_id, person_id, role, created_at) VALUES ($1, $2, $3, $4, 'Steward', now())`,
    [t, randomUUID(), organizationId, person.id],
  );
  const relationshipNote = `Cousin of ${first} via ${tag}`;
  const [a, b] = person.id < other.id ? [person.id, other.id] : [other.id, person.id];
  await q(
    `INSERT INTO membership.relationships (tenant_id, id, type, from_person_id, to_person_id, notes, created_at) VALUES ($1, $2, 'FAMILY', $3, $4, $5, now())`,
    [t, randomUUID(), a, b, relationshipNote],
  );
  await q(
    `INSERT INTO membership.relationships (tenant_id, id, type, from_person_id, to_person_id, created_at) VALUES ($1, $2, 'RECRUITED_BY', $3, $4, now())`,
    [t, randomUUID(), other.id, person.id],
  );
  const selfInterest = `Wants safer streets for ${first} ${tag}`;
  await q(
    `INSERT INTO membership.one_on_ones (tenant_id, id, organizer_id, person_id, held_on, self_interest, concerns, created_at, updated_at)
     VALUES ($1, $2, $3, $4, current_date, $5, $6, now(), now())`,
    [t, randomUUID(), owner.userId, person.id, selfInterest, `Rent hikes ${tag}`],
  );
  const [level] = (await q(`SELECT id FROM membership.ladder_levels WHERE position = 4`)) as Array<{
    id: string;
  }>;
  await q(
    `INSERT INTO membership.person_levels (tenant_id, person_id, level_id, since) VALUES ($1, $2, $3, now())`,
    [t, person.id, level!.id],
  );
  const levelReason = `Led the ${tag} tenants meeting`;
  await q(
    `INSERT INTO membership.level_changes (tenant_id, id, person_id, to_level_id, reason, changed_at) VALUES ($1, $2, $3, $4, $5, now())`,
    [t, randomUUID(), person.id, level!.id, levelReason],
  );
  await q(
    `INSERT INTO membership.ladder_event_facts (tenant_id, event_id, person_id, event_type, occurred_at) VALUES ($1, $2, $3, 'campaigns.rsvp.attended', now())`,
    [t, randomUUID(), person.id],
  );
  const assessmentNote = `Strong with ${first} neighbours ${tag}`;
  await q(
    `INSERT INTO membership.person_assessments (tenant_id, id, person_id, score, notes, assessed_at) VALUES ($1, $2, $3, 4, $4, now())`,
    [t, randomUUID(), person.id, assessmentNote],
  );
  await q(
    `INSERT INTO membership.person_trainings (tenant_id, id, person_id, name, attended_on, recorded_at) VALUES ($1, $2, $3, 'Power mapping', current_date, now())`,
    [t, randomUUID(), person.id],
  );
  await q(
    `INSERT INTO membership.person_skills (tenant_id, person_id, skill) VALUES ($1, $2, 'Facilitation')`,
    [t, person.id],
  );
  await q(
    `INSERT INTO membership.person_roles (tenant_id, id, person_id, role, started_on, created_at) VALUES ($1, $2, $3, 'Spokesperson', current_date, now())`,
    [t, randomUUID(), person.id],
  );
  await q(
    `INSERT INTO membership.consent_records (tenant_id, id, person_id, channel, status, source, wording, recorded_at) VALUES ($1, $2, $3, 'EMAIL', 'GRANTED', 'form', 'You may email me', now())`,
    [t, randomUUID(), person.id],
  );
  const importId = randomUUID();
  await q(
    `INSERT INTO membership.import_jobs (tenant_id, id, status, columns, created_at, updated_at) VALUES ($1, $2, 'COMPLETED', '{first_name,last_name,email}', now(), now())`,
    [t, importId],
  );
  await q(
    `INSERT INTO membership.import_rows (tenant_id, import_id, row_number, line, cells) VALUES ($1, $2, 1, 2, $3)`,
    [t, importId, JSON.stringify([first, last, email])],
  );
  await q(
    `INSERT INTO membership.import_values (tenant_id, import_id, row_number, line, "values") VALUES ($1, $2, 1, 2, $3)`,
    [t, importId, JSON.stringify({ first_name: first, last_name: last, email })],
  );
  await q(
    `INSERT INTO membership.import_changes (tenant_id, import_id, person_id, chunk, before, after) VALUES ($1, $2, $3, 1, $4, $5)`,
    [
      t,
      importId,
      person.id,
      JSON.stringify({ last_name: `Old${last}` }),
      JSON.stringify({ last_name: last }),
    ],
  );
  await q(
    `INSERT INTO membership.import_chunks (tenant_id, import_id, chunk, first_row, last_row, created_ids) VALUES ($1, $2, 1, 1, 1, ARRAY[$3::uuid])`,
    [t, importId, person.id],
  );
  await q(
    `INSERT INTO membership.duplicate_candidates (tenant_id, id, first_person_id, second_person_id, reasons, score, name_similarity, status, detected_at)
     VALUES ($1, $2, $3, $4, '{PHONE}', 0.8, 0.1, 'OPEN', now())`,
    [t, randomUUID(), a, b],
  );
  // A person merged into this one earlier, so the merge record names them.
  await q(
    `INSERT INTO membership.person_merges (tenant_id, id, kept_person_id, merged_person_id, fields_from_merged, fields_filled, merged_at)
     VALUES ($1, $2, $3, $4, '{}', '{}', now())`,
    [t, randomUUID(), person.id, randomUUID()],
  );

  return {
    person,
    personalValues: [
      first,
      last,
      email,
      extraEmail,
      phone,
      extraPhone,
      note,
      relationshipNote,
      selfInterest,
      levelReason,
      assessmentNote,
      `12 Mission St ${tag}`,
    ],
    tables: [
      'people',
      'person_emails',
      'person_phones',
      'person_notes',
      'person_status_changes',
      'person_demographics',
      'organization_contacts',
      'affiliations',
      'relationships',
      'one_on_ones',
      'person_levels',
      'level_changes',
      'ladder_event_facts',
      'person_assessments',
      'person_trainings',
      'person_skills',
      'person_roles',
      'consent_records',
      'person_consents',
      'import_changes',
      'person_search_terms',
      'audit_log',
      'duplicate_candidates',
      'person_merges',
    ],
  };
}
