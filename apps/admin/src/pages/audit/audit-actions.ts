/** Filters offered on the audit page: a prefix of the action, and what it is called. */
export const ACTION_FILTERS = [
  { value: '', label: 'All changes' },
  { value: 'membership.person.', label: 'People' },
  { value: 'membership.user.', label: 'Users and roles' },
  { value: 'membership.invitation.', label: 'Invitations' },
  { value: 'membership.api-token.', label: 'API tokens' },
] as const;

/** `membership.person.updated` → `person updated`: readable without a table of every event type. */
export function describeAction(action: string): string {
  return action.replace(/^membership\./, '').replace(/[.-]/g, ' ');
}
