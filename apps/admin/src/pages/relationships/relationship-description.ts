import type { RelationshipFieldsFragment } from '../../gql/graphql';
import { EDGE_LABELS } from './relationship-labels';

/** "Ana Lopez — recruited by → Ben Ode", for confirmations. */
export function describeRelationship(
  relationship: Pick<RelationshipFieldsFragment, 'type' | 'directed'>,
  fromName: string,
  toName: string,
): string {
  return `${fromName} — ${EDGE_LABELS[relationship.type]} ${relationship.directed ? '→' : '—'} ${toName}`;
}
