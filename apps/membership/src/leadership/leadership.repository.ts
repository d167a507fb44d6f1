import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { RoleRow, TrainingRow } from './leadership.mapper';

// Dates leave Postgres as text so they never pass through a time zone.
const TRAINING_COLUMNS = `id, person_id, name, provider, attended_on::text AS attended_on, recorded_by, recorded_at`;
const ROLE_COLUMNS = `id, person_id, role, started_on::text AS started_on, ended_on::text AS ended_on, assigned_by`;

/** Trainings attended, skills and roles held, per person. */
@Injectable()
export class LeadershipRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  trainingsOf(personIds: string[]): Promise<TrainingRow[]> {
    return this.txHost.tx.query(
      `SELECT ${TRAINING_COLUMNS} FROM membership.person_trainings WHERE tenant_id = $1 AND person_id = ANY($2::uuid[])
        ORDER BY attended_on DESC, recorded_at DESC`,
      [this.context.tenantId(), personIds],
    );
  }

  skillsOf(personIds: string[]): Promise<Array<{ person_id: string; skill: string }>> {
    return this.txHost.tx.query(
      `SELECT person_id, skill FROM membership.person_skills WHERE tenant_id = $1 AND person_id = ANY($2::uuid[]) ORDER BY skill`,
      [this.context.tenantId(), personIds],
    );
  }

  rolesOf(personIds: string[]): Promise<RoleRow[]> {
    return this.txHost.tx.query(
      `SELECT ${ROLE_COLUMNS} FROM membership.person_roles WHERE tenant_id = $1 AND person_id = ANY($2::uuid[])
        ORDER BY (ended_on IS NULL) DESC, started_on DESC, created_at DESC`,
      [this.context.tenantId(), personIds],
    );
  }

  async insertTraining(row: TrainingRow): Promise<TrainingRow> {
    const rows: TrainingRow[] = await this.txHost.tx.query(
      `INSERT INTO membership.person_trainings (tenant_id, id, person_id, name, provider, attended_on, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${TRAINING_COLUMNS}`,
      [
        this.context.tenantId(),
        row.id,
        row.person_id,
        row.name,
        row.provider,
        row.attended_on,
        row.recorded_by,
        row.recorded_at,
      ],
    );
    return rows[0]!;
  }

  async deleteTraining(id: string): Promise<boolean> {
    const result: [unknown[], number] = await this.txHost.tx.query(
      `DELETE FROM membership.person_trainings WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), id],
    );
    return result[1] > 0;
  }

  /** Replaces a person's skills in two set-based statements. */
  async setSkills(personId: string, skills: string[]): Promise<void> {
    const tenantId = this.context.tenantId();
    await this.txHost.tx.query(
      `DELETE FROM membership.person_skills WHERE tenant_id = $1 AND person_id = $2 AND NOT (skill = ANY($3::text[]))`,
      [tenantId, personId, skills],
    );
    await this.txHost.tx.query(
      `INSERT INTO membership.person_skills (tenant_id, person_id, skill) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING`,
      [tenantId, personId, skills],
    );
  }

  async insertRole(row: RoleRow): Promise<RoleRow> {
    const rows: RoleRow[] = await this.txHost.tx.query(
      `INSERT INTO membership.person_roles (tenant_id, id, person_id, role, started_on, ended_on, assigned_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now()) RETURNING ${ROLE_COLUMNS}`,
      [
        this.context.tenantId(),
        row.id,
        row.person_id,
        row.role,
        row.started_on,
        row.ended_on,
        row.assigned_by,
      ],
    );
    return rows[0]!;
  }

  async findRoleForUpdate(id: string): Promise<RoleRow | undefined> {
    const rows: RoleRow[] = await this.txHost.tx.query(
      `SELECT ${ROLE_COLUMNS} FROM membership.person_roles WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
      [this.context.tenantId(), id],
    );
    return rows[0];
  }

  async endRole(id: string, endedOn: string): Promise<RoleRow> {
    const rows: [RoleRow[], number] = await this.txHost.tx.query(
      `UPDATE membership.person_roles SET ended_on = $3 WHERE tenant_id = $1 AND id = $2 RETURNING ${ROLE_COLUMNS}`,
      [this.context.tenantId(), id, endedOn],
    );
    return rows[0][0]!;
  }

  roleNames(): Promise<Array<{ role: string }>> {
    return this.txHost.tx.query(
      `SELECT DISTINCT role FROM membership.person_roles WHERE tenant_id = $1 ORDER BY role LIMIT 500`,
      [this.context.tenantId()],
    );
  }
}
