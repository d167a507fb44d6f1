import { levelChangeSource } from '../ladder/level-change.timeline-source';
import { oneOnOneSource } from '../one-on-ones/one-on-one.timeline-source';
import { affiliationSource } from '../organizations/affiliation.timeline-source';
import type { TimelineSource } from './timeline-source';

/**
 * Every source of a person's timeline. To add one (one-on-ones, affiliations, level changes,
 * a projection of another service's events): write a `TimelineSource` beside the table it reads, in
 * your own folder (`<area>/<kind>.timeline-source.ts`), and append it to this list. Nothing else
 * changes: the timeline unions the sources, pages them newest first and counts them. Document the
 * shape of your `data` in the source file; the GraphQL `TimelineEntry.data` carries it as JSON.
 */

export const personCreatedSource: TimelineSource = {
  kind: 'PERSON_CREATED',
  select: `SELECT id, created_at AS occurred_at, NULL::uuid AS actor_id,
                  jsonb_strip_nulls(jsonb_build_object('source', source, 'joinedOn', joined_on)) AS data
             FROM membership.people WHERE tenant_id = $1 AND id = $2`,
};

/** data: `{ from, to }` statuses (`from` null never happens: creation is PERSON_CREATED). */
export const statusChangedSource: TimelineSource = {
  kind: 'STATUS_CHANGED',
  select: `SELECT id, changed_at AS occurred_at, changed_by AS actor_id,
                  jsonb_build_object('from', from_status, 'to', to_status) AS data
             FROM membership.person_status_changes WHERE tenant_id = $1 AND person_id = $2`,
};

/** data: `{ body, editedAt }`; the entry id is the note id. */
export const noteSource: TimelineSource = {
  kind: 'NOTE',
  select: `SELECT id, created_at AS occurred_at, author_id AS actor_id,
                  jsonb_build_object('body', body, 'editedAt', edited_at) AS data
             FROM membership.person_notes WHERE tenant_id = $1 AND person_id = $2`,
};

export const timelineSources: readonly TimelineSource[] = [
  personCreatedSource,
  statusChangedSource,
  noteSource,
  oneOnOneSource,
  affiliationSource,
  levelChangeSource,
];
