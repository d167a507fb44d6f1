import type { LeadershipRoleDto, TrainingDto } from '@groundwork/contracts';

export interface TrainingRow {
  id: string;
  person_id: string;
  name: string;
  provider: string | null;
  attended_on: string;
  recorded_by: string | null;
  recorded_at: Date;
}

export interface RoleRow {
  id: string;
  person_id: string;
  role: string;
  started_on: string;
  ended_on: string | null;
  assigned_by: string | null;
}

export const toTrainingDto = (row: TrainingRow): TrainingDto => ({
  id: row.id,
  personId: row.person_id,
  name: row.name,
  provider: row.provider,
  attendedOn: row.attended_on,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at.toISOString(),
});

export const toRoleDto = (row: RoleRow): LeadershipRoleDto => ({
  id: row.id,
  personId: row.person_id,
  role: row.role,
  startedOn: row.started_on,
  endedOn: row.ended_on,
  assignedBy: row.assigned_by,
});
