import type { RelationshipType } from '../../gql/graphql';

export const RELATIONSHIP_TYPE_LABELS: Record<RelationshipType, string> = {
  FAMILY: 'Family',
  NEIGHBOUR: 'Neighbour',
  CO_WORKER: 'Co-worker',
  RECRUITED_BY: 'Recruited by',
  MENTOR: 'Mentor',
};

export const RELATIONSHIP_TYPE_OPTIONS = (
  Object.entries(RELATIONSHIP_TYPE_LABELS) as [RelationshipType, string][]
).map(([value, label]) => ({ value, label }));

/** Directed types read from `from` to `to`: "from was recruited by to", "from mentors to". */
export const DIRECTED_TYPES: ReadonlySet<RelationshipType> = new Set(['RECRUITED_BY', 'MENTOR']);

/** The label on a graph edge, read along its arrow. */
export const EDGE_LABELS: Record<RelationshipType, string> = {
  FAMILY: 'family',
  NEIGHBOUR: 'neighbour',
  CO_WORKER: 'co-worker',
  RECRUITED_BY: 'recruited by',
  MENTOR: 'mentors',
};

/**
 * How the relationship reads from one person's side, before the other person's name:
 * "Recruited by" Ana, "Mentored by" Ana, "Neighbour of" Ana.
 */
export function relationFromSide(type: RelationshipType, seenFromPersonIsFrom: boolean): string {
  switch (type) {
    case 'FAMILY':
      return 'Family of';
    case 'NEIGHBOUR':
      return 'Neighbour of';
    case 'CO_WORKER':
      return 'Co-worker of';
    case 'RECRUITED_BY':
      return seenFromPersonIsFrom ? 'Recruited by' : 'Recruited';
    case 'MENTOR':
      return seenFromPersonIsFrom ? 'Mentors' : 'Mentored by';
  }
}
