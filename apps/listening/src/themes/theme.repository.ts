import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { MAX_THEMES } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';
import type { Theme } from './theme';

const COLUMNS = `t.id, t.name, t.description, t.parent_id AS "parentId", t.created_at AS "createdAt"`;

/** Themes and the moves of codings between them, inside the current unit of work of the tenant in context. */
@Injectable()
export class ThemeRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /** False when the coalition has a theme of that name already (names are unique, case aside). */
  async insert(theme: Theme): Promise<boolean> {
    const rows = await this.txHost.tx.query<unknown[]>(
      `INSERT INTO listening.themes (tenant_id, id, name, description, parent_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
      [this.context.tenantId(), theme.id, theme.name, theme.description, theme.parentId, theme.createdAt],
    );
    return rows.length > 0;
  }

  async findByIds(ids: string[], lock = false): Promise<Theme[]> {
    return this.txHost.tx.query<Theme[]>(
      `SELECT ${COLUMNS} FROM listening.themes t WHERE t.tenant_id = $1 AND t.id = ANY($2::uuid[])
       ${lock ? 'FOR UPDATE' : ''}`,
      [this.context.tenantId(), ids],
    );
  }

  async nameTaken(name: string, exceptId: string): Promise<boolean> {
    const rows = await this.txHost.tx.query<unknown[]>(
      `SELECT 1 FROM listening.themes WHERE tenant_id = $1 AND lower(name) = lower($2) AND id <> $3`,
      [this.context.tenantId(), name, exceptId],
    );
    return rows.length > 0;
  }

  /** Every theme, parents before their sub-themes, siblings by name. */
  async tree(): Promise<Theme[]> {
    return this.txHost.tx.query<Theme[]>(
      `WITH RECURSIVE tree AS (
         SELECT t.*, ARRAY[lower(t.name)] AS path FROM listening.themes t
         WHERE t.tenant_id = $1 AND t.parent_id IS NULL
         UNION ALL
         SELECT t.*, tree.path || lower(t.name) FROM listening.themes t
         JOIN tree ON t.tenant_id = tree.tenant_id AND t.parent_id = tree.id
       )
       SELECT ${COLUMNS} FROM tree t ORDER BY path LIMIT ${MAX_THEMES}`,
      [this.context.tenantId()],
    );
  }

  /** The theme and every theme under it, at any depth. */
  async withDescendants(id: string): Promise<string[]> {
    const rows = await this.txHost.tx.query<Array<{ id: string }>>(
      `WITH RECURSIVE below AS (
         SELECT id FROM listening.themes WHERE tenant_id = $1 AND id = $2
         UNION
         SELECT t.id FROM listening.themes t JOIN below ON t.tenant_id = $1 AND t.parent_id = below.id
       ) SELECT id FROM below`,
      [this.context.tenantId(), id],
    );
    return rows.map((row) => row.id);
  }

  async update(theme: Theme): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE listening.themes SET name = $3, description = $4, parent_id = $5 WHERE tenant_id = $1 AND id = $2`,
      [this.context.tenantId(), theme.id, theme.name, theme.description, theme.parentId],
    );
  }

  /**
   * Moves the sources' codings and suggestions to the target (a coder who coded a concern to a source
   * and the target keeps one coding), their sub-themes under it, then removes them.
   */
  async merge(targetId: string, sourceIds: string[]): Promise<void> {
    const parameters = [this.context.tenantId(), targetId, sourceIds];
    await this.txHost.tx.query(
      `INSERT INTO listening.codings (tenant_id, concern_id, theme_id, coder_id, coded_at)
       SELECT tenant_id, concern_id, $2, coder_id, min(coded_at) FROM listening.codings
       WHERE tenant_id = $1 AND theme_id = ANY($3::uuid[])
       GROUP BY tenant_id, concern_id, coder_id
       ON CONFLICT DO NOTHING`,
      parameters,
    );
    await this.txHost.tx.query(
      `INSERT INTO listening.theme_suggestions (tenant_id, concern_id, theme_id, score, suggested_at)
       SELECT tenant_id, concern_id, $2, max(score), min(suggested_at) FROM listening.theme_suggestions
       WHERE tenant_id = $1 AND theme_id = ANY($3::uuid[])
       GROUP BY tenant_id, concern_id
       ON CONFLICT DO NOTHING`,
      parameters,
    );
    await this.txHost.tx.query(
      `UPDATE listening.themes SET parent_id = $2
       WHERE tenant_id = $1 AND parent_id = ANY($3::uuid[]) AND id <> $2`,
      parameters,
    );
    await this.txHost.tx.query(
      `DELETE FROM listening.codings WHERE tenant_id = $1 AND theme_id = ANY($2::uuid[])`,
      [this.context.tenantId(), sourceIds],
    );
    await this.txHost.tx.query(`DELETE FROM listening.themes WHERE tenant_id = $1 AND id = ANY($2::uuid[])`, [
      this.context.tenantId(),
      sourceIds,
    ]);
  }

  /** The concerns (of `concernIds`) that have at least one coding to the theme. */
  async codedConcerns(themeId: string, concernIds: string[]): Promise<Set<string>> {
    const rows = await this.txHost.tx.query<Array<{ concernId: string }>>(
      `SELECT DISTINCT concern_id AS "concernId" FROM listening.codings
       WHERE tenant_id = $1 AND theme_id = $2 AND concern_id = ANY($3::uuid[])`,
      [this.context.tenantId(), themeId, concernIds],
    );
    return new Set(rows.map((row) => row.concernId));
  }

  /** Moves every coding of these concerns from one theme to another, each coder's as it was. */
  async moveCodings(fromThemeId: string, toThemeId: string, concernIds: string[]): Promise<void> {
    await this.txHost.tx.query(
      `UPDATE listening.codings SET theme_id = $3
       WHERE tenant_id = $1 AND theme_id = $2 AND concern_id = ANY($4::uuid[])`,
      [this.context.tenantId(), fromThemeId, toThemeId, concernIds],
    );
  }
}
