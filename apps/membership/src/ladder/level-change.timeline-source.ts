import type { TimelineSource } from '../timeline/timeline-source';

/**
 * A move on the ladder of engagement, by a user or by a rule. data: `{ fromLevelId, fromLevel,
 * toLevelId, toLevel, ruleId, reason }`, nulls left out (level names as they are now).
 */
export const levelChangeSource: TimelineSource = {
  kind: 'LEVEL_CHANGED',
  select: `SELECT c.id, c.changed_at AS occurred_at, c.changed_by AS actor_id,
                  jsonb_strip_nulls(jsonb_build_object(
                    'fromLevelId', c.from_level_id, 'fromLevel', f.name, 'toLevelId', c.to_level_id,
                    'toLevel', t.name, 'ruleId', c.rule_id, 'reason', c.reason)) AS data
             FROM membership.level_changes c
             JOIN membership.ladder_levels t ON t.tenant_id = c.tenant_id AND t.id = c.to_level_id
             LEFT JOIN membership.ladder_levels f ON f.tenant_id = c.tenant_id AND f.id = c.from_level_id
            WHERE c.tenant_id = $1 AND c.person_id = $2`,
};
