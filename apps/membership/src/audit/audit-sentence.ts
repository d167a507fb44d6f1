import type { AuditEntryDto, AuditRecord } from '@groundwork/contracts';
import type { AuditEntryRow } from './audit-entry.repository';

/** The kinds of record an audit entry names; each is looked up by id for the page being read. */
export type AuditNameKind =
  | 'user'
  | 'apiToken'
  | 'person'
  | 'level'
  | 'levelChangeReason'
  | 'organization'
  | 'segment'
  | 'importFile'
  | 'invitationEmail';

/** Names of the records a page of entries refers to, as they are now (`kind:id` → name). */
export type AuditNames = ReadonlyMap<string, string>;

export function nameKey(kind: AuditNameKind, id: string): string {
  return `${kind}:${id}`;
}

type Details = Record<string, unknown>;

const text = (details: Details, key: string): string | undefined => {
  const value = details[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};
const count = (details: Details, key: string): number => {
  const value = details[key];
  if (typeof value === 'number') return value;
  return Array.isArray(value) ? value.length : 0;
};
const list = (details: Details, key: string): string[] => {
  const value = details[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

/** Every record an entry's sentence names, so a page's names are read in one query per kind. */
export function referencedRecords(row: AuditEntryRow): Array<[AuditNameKind, string]> {
  const d = row.details;
  const refs: Array<[AuditNameKind, string | undefined]> = [
    [
      row.actorType === 'USER' ? 'user' : 'apiToken',
      row.actorType === 'SYSTEM' ? undefined : (row.actorId ?? undefined),
    ],
    ['person', row.personId ?? undefined],
    ['person', text(d, 'keptPersonId')],
    ['person', text(d, 'fromPersonId')],
    ['person', text(d, 'toPersonId')],
    ['person', text(d, 'firstPersonId')],
    ['person', text(d, 'secondPersonId')],
    ['user', text(d, 'userId')],
    ['user', text(d, 'organizerId')],
    ['apiToken', text(d, 'apiTokenId')],
    ['level', text(d, 'toLevelId')],
    ['level', text(d, 'fromLevelId')],
    ['levelChangeReason', text(d, 'changeId')],
    ['organization', text(d, 'organizationId')],
    ['segment', text(d, 'segmentId')],
    ['importFile', text(d, 'importId')],
    ['invitationEmail', text(d, 'invitationId')],
  ];
  return refs.filter((ref): ref is [AuditNameKind, string] => ref[1] !== undefined);
}

/** camelCase field names as words: `postalCode` → "postal code". */
function fieldWords(fields: string[]): string {
  const words = fields.map((field) => field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase());
  if (words.length <= 1) return words[0] ?? 'details';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

const lower = (value: string | undefined): string => (value ?? '').toLowerCase().replaceAll('_', ' ');
const people = (n: number): string => (n === 1 ? '1 person' : `${n.toLocaleString('en-US')} people`);

/**
 * An audit entry in words, as an admin reads it: who did what to whom ("Dana moved Zoë Martin to
 * Leader: hosted two house meetings"), API tokens by their name, and the record it links to. Names
 * are today's; a record since erased or merged away reads as such.
 */
export function describeAuditEntry(
  row: AuditEntryRow,
  names: AuditNames,
): Pick<AuditEntryDto, 'summary' | 'actorName' | 'record'> {
  const name = (kind: AuditNameKind, id: string | null | undefined): string | undefined =>
    id ? names.get(nameKey(kind, id)) : undefined;
  const d = row.details;
  const person = (id: string | null | undefined) => name('person', id) ?? 'a person no longer on record';
  const user = (id: string | undefined) => name('user', id) ?? 'a former member';
  const who = person(row.personId);
  const tag = (value: string | undefined) => `“${value ?? ''}”`;
  const organization = name('organization', text(d, 'organizationId')) ?? 'an organization';
  const segment = `the segment ${tag(name('segment', text(d, 'segmentId')) ?? 'since deleted')}`;
  const apiToken = `the API token ${tag(name('apiToken', text(d, 'apiTokenId')) ?? 'since deleted')}`;
  const importName = name('importFile', text(d, 'importId'));
  const importFile = importName ? tag(importName) : 'a file';

  const actorName = actorNameOf(row, names);
  const personRecord: AuditRecord | null = row.personId ? { type: 'PERSON', id: row.personId } : null;
  const recordOf = (type: AuditRecord['type'], id: string | undefined): AuditRecord | null =>
    id ? { type, id } : null;

  let phrase: string;
  let record: AuditRecord | null = personRecord;
  switch (row.action.replace(/^membership\./, '')) {
    case 'person.created':
      phrase = `added ${who}`;
      break;
    case 'person.updated':
      phrase = `changed the ${fieldWords(list(d, 'changedFields'))} of ${who}`;
      break;
    case 'person.demographics-changed':
      phrase = `changed the demographics (${fieldWords(list(d, 'changedFields'))}) of ${who}`;
      break;
    case 'person.archived':
      phrase = `archived ${who}`;
      break;
    case 'person.note-added':
      phrase = `added a note to ${who}`;
      break;
    case 'person.erased':
      phrase = 'erased a person and everything about them';
      record = null;
      break;
    case 'person.merged':
      phrase = `merged a duplicate record into ${person(text(d, 'keptPersonId'))}`;
      record = recordOf('PERSON', text(d, 'keptPersonId'));
      break;
    case 'ladder.level-changed': {
      const level = name('level', text(d, 'toLevelId')) ?? 'another level';
      const reason = name('levelChangeReason', text(d, 'changeId'));
      phrase = `moved ${who} to ${level}${reason ? `: ${reason}` : ''}`;
      break;
    }
    case 'leadership.role-assigned':
      phrase = `gave ${who} the role ${tag(text(d, 'role'))}`;
      break;
    case 'leadership.role-ended':
      phrase = `ended the role ${tag(text(d, 'role'))} of ${who}`;
      break;
    case 'consent.recorded':
      phrase =
        text(d, 'status') === 'WITHDRAWN'
          ? `recorded that ${who} withdrew consent to ${lower(text(d, 'channel'))}`
          : `recorded that ${who} consents to ${lower(text(d, 'channel'))}`;
      break;
    case 'relationship.created':
      phrase = `connected ${person(text(d, 'fromPersonId'))} with ${person(text(d, 'toPersonId'))} (${lower(text(d, 'type'))})`;
      record = recordOf('PERSON', text(d, 'fromPersonId'));
      break;
    case 'relationship.removed':
      phrase = `removed the ${lower(text(d, 'type'))} relationship between ${person(text(d, 'fromPersonId'))} and ${person(text(d, 'toPersonId'))}`;
      record = recordOf('PERSON', text(d, 'fromPersonId'));
      break;
    case 'one-on-one.recorded':
      phrase = `recorded a one-on-one between ${user(text(d, 'organizerId'))} and ${who} on ${text(d, 'heldOn') ?? 'a day'}`;
      break;
    case 'one-on-one.updated':
      phrase = `changed the ${fieldWords(list(d, 'changedFields'))} of a one-on-one with ${who}`;
      break;
    case 'organization.created':
      phrase = `added the organization ${organization}`;
      record = recordOf('ORGANIZATION', text(d, 'organizationId'));
      break;
    case 'organization.updated':
      phrase = `changed the ${fieldWords(list(d, 'changedFields'))} of ${organization}`;
      record = recordOf('ORGANIZATION', text(d, 'organizationId'));
      break;
    case 'organization.archived':
      phrase = `archived the organization ${organization}`;
      record = recordOf('ORGANIZATION', text(d, 'organizationId'));
      break;
    case 'affiliation.added':
      phrase = `affiliated ${who} with ${organization}`;
      break;
    case 'affiliation.ended':
      phrase = `ended the affiliation of ${who} with ${organization}`;
      break;
    case 'affiliation.removed':
      phrase = `removed the affiliation of ${who} with ${organization}`;
      break;
    case 'tag.bulk-applied':
      phrase = `tagged ${people(count(d, 'personIds'))} ${tag(text(d, 'tag'))}`;
      record = null;
      break;
    case 'tag.bulk-removed':
      phrase = `removed the tag ${tag(text(d, 'tag'))} from ${people(count(d, 'personIds'))}`;
      record = null;
      break;
    case 'tag.renamed':
      phrase = `renamed the tag ${tag(text(d, 'from'))} to ${tag(text(d, 'to'))} (${people(count(d, 'peopleChanged'))})`;
      break;
    case 'tag.merged':
      phrase = `merged the tag ${tag(text(d, 'source'))} into ${tag(text(d, 'target'))} (${people(count(d, 'peopleChanged'))})`;
      break;
    case 'tag.deleted':
      phrase = `deleted the tag ${tag(text(d, 'tag'))} (${people(count(d, 'peopleChanged'))})`;
      break;
    case 'segment.created':
      phrase = `saved ${segment}`;
      record = recordOf('SEGMENT', text(d, 'segmentId'));
      break;
    case 'segment.updated':
      phrase = `changed the ${fieldWords(list(d, 'changedFields'))} of ${segment}`;
      record = recordOf('SEGMENT', text(d, 'segmentId'));
      break;
    case 'segment.deleted':
      phrase = `deleted ${segment}`;
      record = null;
      break;
    case 'segment.export-started':
      phrase = `exported ${segment} (${fieldWords(list(d, 'columns'))})`;
      record = recordOf('SEGMENT', text(d, 'segmentId'));
      break;
    case 'people.imported':
      phrase = `imported ${people(count(d, 'created'))} and updated ${people(count(d, 'updated'))} from ${importFile}`;
      record = recordOf('IMPORT', text(d, 'importId'));
      break;
    case 'people.import-undone':
      phrase = `undid the import of ${importFile}: ${people(count(d, 'removed'))} removed, ${people(count(d, 'restored'))} restored`;
      record = recordOf('IMPORT', text(d, 'importId'));
      break;
    case 'duplicates.refreshed':
      phrase = `looked for duplicates: ${count(d, 'openCount').toLocaleString('en-US')} pairs to review`;
      record = null;
      break;
    case 'duplicates.dismissed':
      phrase = `marked ${person(text(d, 'firstPersonId'))} and ${person(text(d, 'secondPersonId'))} as not the same person`;
      record = recordOf('PERSON', text(d, 'firstPersonId'));
      break;
    case 'custom-field.defined':
      phrase = `defined the custom field ${tag(text(d, 'key'))}`;
      record = null;
      break;
    case 'user.role-changed':
      phrase = `changed the role of ${user(text(d, 'userId'))} from ${lower(text(d, 'from'))} to ${lower(text(d, 'to'))}`;
      record = recordOf('USER', text(d, 'userId'));
      break;
    case 'user.removed':
      phrase = `removed ${user(text(d, 'userId'))} (${lower(text(d, 'role'))}) from the coalition`;
      record = null;
      break;
    case 'invitation.created':
      phrase = `invited ${name('invitationEmail', text(d, 'invitationId')) ?? 'someone'} as ${lower(text(d, 'role'))}`;
      record = null;
      break;
    case 'invitation.accepted':
      phrase = `accepted an invitation as ${lower(text(d, 'role'))}`;
      record = recordOf('USER', text(d, 'userId'));
      break;
    case 'api-token.created':
      phrase = `created ${apiToken} (${list(d, 'scopes')
        .map((scope) => scope.toLowerCase())
        .join(' and ')})`;
      record = recordOf('API_TOKEN', text(d, 'apiTokenId'));
      break;
    case 'api-token.revoked':
      phrase = `revoked ${apiToken}`;
      record = recordOf('API_TOKEN', text(d, 'apiTokenId'));
      break;
    case 'session.ended':
      phrase = 'signed out';
      record = null;
      break;
    default:
      phrase = `did ${row.action.replace(/^membership\./, '').replaceAll(/[.-]/g, ' ')}${row.personId ? ` to ${who}` : ''}`;
  }
  return { summary: `${actorName ?? 'Groundwork'} ${phrase}`, actorName, record };
}

/** Who made the change: a user by name, an API token by its name, or null for the system. */
function actorNameOf(row: AuditEntryRow, names: AuditNames): string | null {
  if (!row.actorId || row.actorType === 'SYSTEM' || row.actorType === null) return null;
  if (row.actorType === 'API_TOKEN') {
    const token = names.get(nameKey('apiToken', row.actorId));
    return token ? `API token “${token}”` : 'A deleted API token';
  }
  return names.get(nameKey('user', row.actorId)) ?? 'A former member';
}
