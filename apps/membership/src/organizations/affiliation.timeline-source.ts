import type { TimelineSource } from '../timeline/timeline-source';

/**
 * The person joined a member organization (when it was recorded). data: `{ organizationId,
 * organizationName, role, startedOn, endedOn }`, nulls left out; the entry id is the affiliation's.
 */
export const affiliationSource: TimelineSource = {
  kind: 'AFFILIATION',
  select: `SELECT a.id, a.created_at AS occurred_at, NULL::uuid AS actor_id,
                  jsonb_strip_nulls(jsonb_build_object(
                    'organizationId', a.organization_id, 'organizationName', o.name, 'role', a.role,
                    'startedOn', a.started_on, 'endedOn', a.ended_on)) AS data
             FROM membership.affiliations a
             JOIN membership.organizations o ON o.tenant_id = a.tenant_id AND o.id = a.organization_id
            WHERE a.tenant_id = $1 AND a.person_id = $2`,
};
