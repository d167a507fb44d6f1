import type {
  AssessmentDto,
  AssessmentLabelDto,
  LadderLevelDto,
  LadderRuleDto,
  LevelChangeDto,
  PersonLevelDto,
} from '@groundwork/contracts';

export interface LevelRow {
  id: string;
  name: string;
  description: string;
  position: number;
  counts_as_leader: boolean;
}

export interface PersonLevelRow {
  person_id: string;
  level_id: string;
  since: Date;
}

export interface LevelChangeRow {
  id: string;
  person_id: string;
  from_level_id: string | null;
  to_level_id: string;
  changed_by: string | null;
  rule_id: string | null;
  reason: string;
  changed_at: Date;
}

export interface RuleRow {
  id: string;
  name: string;
  event_type: string;
  min_count: number;
  window_days: number;
  target_level_id: string;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

export interface AssessmentRow {
  id: string;
  person_id: string;
  score: number;
  notes: string;
  assessed_by: string | null;
  assessed_at: Date;
}

export const toLevelDto = (row: LevelRow): LadderLevelDto => ({
  id: row.id,
  name: row.name,
  description: row.description,
  position: row.position,
  countsAsLeader: row.counts_as_leader,
});

export const toPersonLevelDto = (row: PersonLevelRow): PersonLevelDto => ({
  personId: row.person_id,
  levelId: row.level_id,
  since: row.since.toISOString(),
});

export const toLevelChangeDto = (row: LevelChangeRow): LevelChangeDto => ({
  id: row.id,
  personId: row.person_id,
  fromLevelId: row.from_level_id,
  toLevelId: row.to_level_id,
  changedBy: row.changed_by,
  ruleId: row.rule_id,
  reason: row.reason,
  changedAt: row.changed_at.toISOString(),
});

export const toRuleDto = (row: RuleRow): LadderRuleDto => ({
  id: row.id,
  name: row.name,
  eventType: row.event_type,
  minCount: row.min_count,
  windowDays: row.window_days,
  targetLevelId: row.target_level_id,
  active: row.active,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

export const toAssessmentDto = (row: AssessmentRow): AssessmentDto => ({
  id: row.id,
  personId: row.person_id,
  score: row.score,
  notes: row.notes,
  assessedBy: row.assessed_by,
  assessedAt: row.assessed_at.toISOString(),
});

export const toLabelDto = (row: {
  score: number;
  label: string;
  description: string;
}): AssessmentLabelDto => ({
  score: row.score,
  label: row.label,
  description: row.description,
});
