import type { TimelineSource } from '../timeline/timeline-source';

/**
 * A one-on-one with the person, on the day it was held (midnight, as one-on-ones have no time);
 * the actor is the organizer. data: `{ heldOn, durationMinutes, place, relationshipStrength,
 * commitmentMade, nextStep, nextStepDueOn }`, nulls left out; the entry id is the one-on-one's.
 */
export const oneOnOneSource: TimelineSource = {
  kind: 'ONE_ON_ONE',
  select: `SELECT id, held_on::timestamptz AS occurred_at, organizer_id AS actor_id,
                  jsonb_strip_nulls(jsonb_build_object(
                    'heldOn', held_on, 'durationMinutes', duration_minutes, 'place', place,
                    'relationshipStrength', relationship_strength, 'commitmentMade', commitment_made,
                    'nextStep', next_step, 'nextStepDueOn', next_step_due_on)) AS data
             FROM membership.one_on_ones WHERE tenant_id = $1 AND person_id = $2`,
};
