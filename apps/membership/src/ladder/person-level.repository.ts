import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { HistoryCursor } from './history-cursor';
import type { LevelChangeRow, PersonLevelRow } from './ladder.mapper';

/** People's current levels and their history of changes. */
@Injectable()
export class PersonLevelRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async current(personId: string): Promise<PersonLevelRow | undefined> {
    const rows: PersonLevelRow[] = await this.txHost.tx.query(
      `SELECT person_id, level_id, since FROM membership.person_levels WHERE tenant_id = $1 AND person_id = $2`,
      [this.context.tenantId(), personId],
    );
    return rows[0];
  }

  currentOfMany(personIds: string[]): Promise<PersonLevelRow[]> {
    return this.txHost.tx.query(
      `SELECT person_id, level_id, since FROM membership.person_levels WHERE tenant_id = $1 AND person_id = ANY($2::uuid[])`,
      [this.context.tenantId(), personIds],
    );
  }

  /** Records the change and makes its target the person's current level. */
  async applyChange(change: LevelChangeRow): Promise<void> {
    const tenantId = this.context.tenantId();
    await this.txHost.tx.query(
      `INSERT INTO membership.level_changes (tenant_id, id, person_id, from_level_id, to_level_id, changed_by, rule_id, reason, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        tenantId,
        change.id,
        change.person_id,
        change.from_level_id,
        change.to_level_id,
        change.changed_by,
        change.rule_id,
        change.reason,
        change.changed_at,
      ],
    );
    await this.txHost.tx.query(
      `INSERT INTO membership.person_levels (tenant_id, person_id, level_id, since) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, person_id) DO UPDATE SET level_id = excluded.level_id, since = excluded.since`,
      [tenantId, change.person_id, change.to_level_id, change.changed_at],
    );
  }

  async history(
    personId: string,
    limit: number,
    after: HistoryCursor | undefined,
  ): Promise<{ rows: LevelChangeRow[]; totalCount: number }> {
    const tenantId = this.context.tenantId();
    const rows: LevelChangeRow[] = await this.txHost.tx.query(
      `SELECT id, person_id, from_level_id, to_level_id, changed_by, rule_id, reason, changed_at
         FROM membership.level_changes
        WHERE tenant_id = $1 AND person_id = $2 AND ($3::timestamptz IS NULL OR (changed_at, id) < ($3, $4::uuid))
        ORDER BY changed_at DESC, id DESC LIMIT $5`,
      [tenantId, personId, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    const count: Array<{ n: number }> = await this.txHost.tx.query(
      `SELECT count(*)::int AS n FROM membership.level_changes WHERE tenant_id = $1 AND person_id = $2`,
      [tenantId, personId],
    );
    return { rows, totalCount: count[0]!.n };
  }

  /** Living people per level; the row with a null level counts living people without one. */
  counts(): Promise<Array<{ level_id: string | null; count: number }>> {
    return this.txHost.tx.query(
      `SELECT pl.level_id, count(*)::int AS count
         FROM membership.people p
         LEFT JOIN membership.person_levels pl ON pl.tenant_id = p.tenant_id AND pl.person_id = p.id
        WHERE p.tenant_id = $1 AND p.archived_at IS NULL
        GROUP BY pl.level_id`,
      [this.context.tenantId()],
    );
  }

  /** Living people at one level, most recently arrived first. */
  async atLevel(
    levelId: string,
    limit: number,
    after: HistoryCursor | undefined,
  ): Promise<{ rows: PersonLevelRow[]; totalCount: number }> {
    const tenantId = this.context.tenantId();
    const rows: PersonLevelRow[] = await this.txHost.tx.query(
      `SELECT pl.person_id, pl.level_id, pl.since
         FROM membership.person_levels pl
         JOIN membership.people p ON p.tenant_id = pl.tenant_id AND p.id = pl.person_id AND p.archived_at IS NULL
        WHERE pl.tenant_id = $1 AND pl.level_id = $2
          AND ($3::timestamptz IS NULL OR (pl.since, pl.person_id) < ($3, $4::uuid))
        ORDER BY pl.since DESC, pl.person_id DESC LIMIT $5`,
      [tenantId, levelId, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    const count: Array<{ n: number }> = await this.txHost.tx.query(
      `SELECT count(*)::int AS n FROM membership.person_levels pl
         JOIN membership.people p ON p.tenant_id = pl.tenant_id AND p.id = pl.person_id AND p.archived_at IS NULL
        WHERE pl.tenant_id = $1 AND pl.level_id = $2`,
      [tenantId, levelId],
    );
    return { rows, totalCount: count[0]!.n };
  }
}
