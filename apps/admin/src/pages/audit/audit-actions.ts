import type { AuditRecordType } from '../../gql/graphql';
import { PATHS } from '../../app/paths';

/** Filters offered on the audit page: a prefix of the action, and what it is called. */
export const ACTION_FILTERS = [
  { value: '', label: 'All changes' },
  { value: 'membership.person.', label: 'People' },
  { value: 'membership.ladder.', label: 'Ladder moves' },
  { value: 'membership.leadership.', label: 'Leadership roles' },
  { value: 'membership.consent.', label: 'Consent' },
  { value: 'membership.tag.', label: 'Tags' },
  { value: 'membership.organization.', label: 'Organizations' },
  { value: 'membership.affiliation.', label: 'Affiliations' },
  { value: 'membership.relationship.', label: 'Relationships' },
  { value: 'membership.one-on-one.', label: 'One-on-ones' },
  { value: 'membership.segment.', label: 'Segments' },
  { value: 'membership.people.', label: 'Imports' },
  { value: 'membership.user.', label: 'Users and roles' },
  { value: 'membership.invitation.', label: 'Invitations' },
  { value: 'membership.api-token.', label: 'API tokens' },
] as const;

/** Where the admin shows the record an entry is about. */
export function recordPath(record: { type: AuditRecordType; id: string }): string {
  switch (record.type) {
    case 'PERSON':
      return PATHS.person.replace(':id', record.id);
    case 'ORGANIZATION':
      return `${PATHS.organizations}/${record.id}`;
    case 'SEGMENT':
      return `${PATHS.segments}/${record.id}`;
    case 'IMPORT':
      return `${PATHS.imports}/${record.id}`;
    case 'API_TOKEN':
      return PATHS.apiTokens;
    case 'USER':
      return PATHS.team;
  }
}
