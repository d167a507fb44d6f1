import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { Concern } from './concern';

const COLUMNS = `c.id, c.conversation_id AS "conversationId", c.position, c.text, c.speaker_id AS "speakerId",
  c.speaker_organization_ids AS "speakerOrganizationIds", c.depth, c.quotable, c.created_by AS "createdBy",
  c.created_at AS "createdAt"`;

export interface ConcernFilter {
  conversationId?: string;
  themeId?: string;
  uncoded?: boolean;
}

/** Where a page starts: after a position in a conversation, or after (created at, id) across them. */
export type ConcernPosition = { position: number } | { at: Date; id: string };

/** Concerns, inside the current unit of work of the tenant in context. */
@Injectable()
export class ConcernRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /** Inserts in one statement; positions follow the conversation's last one. */
  async insertMany(concerns: Concern[]): Promise<void> {
    if (concerns.length === 0) return;
    await this.txHost.tx.query(
      `INSERT INTO listening.concerns (tenant_id, id, conversation_id, position, text, speaker_id,
         speaker_organization_ids, depth, quotable, created_by, created_at)
       SELECT $1, c.id, c."conversationId", c.position, c.text, c."speakerId",
         ARRAY(SELECT jsonb_array_elements_text(c."speakerOrganizationIds"))::uuid[], c.depth, c.quotable,
         c."createdBy", c."createdAt"
       FROM jsonb_to_recordset($2::jsonb) AS c(id uuid, "conversationId" uuid, position integer, text text,
         "speakerId" uuid, "speakerOrganizationIds" jsonb, depth smallint, quotable boolean, "createdBy" text,
         "createdAt" timestamptz)`,
      [this.context.tenantId(), JSON.stringify(concerns)],
    );
  }

  /** The next free position in a conversation (call with the conversation row locked). */
  async nextPosition(conversationId: string): Promise<number> {
    const [row] = await this.txHost.tx.query<Array<{ next: number }>>(
      `SELECT coalesce(max(position) + 1, 0)::int AS next FROM listening.concerns
       WHERE tenant_id = $1 AND conversation_id = $2`,
      [this.context.tenantId(), conversationId],
    );
    return row?.next ?? 0;
  }

  /** Rewrites the text of the conversation's first concern; false when it has none. Its codings stay. */
  async updateFirstText(conversationId: string, text: string): Promise<boolean> {
    const rows = await this.txHost.tx.query<unknown[]>(
      `UPDATE listening.concerns SET text = $3 WHERE tenant_id = $1 AND conversation_id = $2 AND position = 0
       RETURNING id`,
      [this.context.tenantId(), conversationId, text],
    );
    return rows.length > 0;
  }

  async findByIds(ids: string[]): Promise<Concern[]> {
    return this.txHost.tx.query<Concern[]>(
      `SELECT ${COLUMNS} FROM listening.concerns c WHERE c.tenant_id = $1 AND c.id = ANY($2::uuid[])`,
      [this.context.tenantId(), ids],
    );
  }

  /** In a conversation: in the order heard; otherwise newest first. `limit + 1` rows tell whether more follow. */
  async page(
    filter: ConcernFilter,
    limit: number,
    after?: ConcernPosition,
  ): Promise<{ rows: Concern[]; totalCount: number; hasMore: boolean }> {
    const parameters: unknown[] = [this.context.tenantId()];
    const where = ['c.tenant_id = $1'];
    if (filter.conversationId) {
      parameters.push(filter.conversationId);
      where.push(`c.conversation_id = $${parameters.length}`);
    }
    if (filter.themeId) {
      parameters.push(filter.themeId);
      where.push(`EXISTS (SELECT 1 FROM listening.codings k WHERE k.tenant_id = c.tenant_id
        AND k.concern_id = c.id AND k.theme_id = $${parameters.length})`);
    }
    if (filter.uncoded !== undefined) {
      where.push(`${filter.uncoded ? 'NOT ' : ''}EXISTS (SELECT 1 FROM listening.concern_reviews r
        WHERE r.tenant_id = c.tenant_id AND r.concern_id = c.id)`);
    }
    const [{ count }] = await this.txHost.tx.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM listening.concerns c WHERE ${where.join(' AND ')}`,
      parameters,
    );
    const pageWhere = [...where];
    const pageParameters = [...parameters];
    let order: string;
    if (filter.conversationId) {
      order = 'c.position';
      if (after && 'position' in after) {
        pageParameters.push(after.position);
        pageWhere.push(`c.position > $${pageParameters.length}`);
      }
    } else {
      order = 'c.created_at DESC, c.id DESC';
      if (after && 'at' in after) {
        pageParameters.push(after.at, after.id);
        pageWhere.push(
          `(c.created_at, c.id) < ($${pageParameters.length - 1}::timestamptz, $${pageParameters.length}::uuid)`,
        );
      }
    }
    pageParameters.push(limit + 1);
    const rows = await this.txHost.tx.query<Concern[]>(
      `SELECT ${COLUMNS} FROM listening.concerns c WHERE ${pageWhere.join(' AND ')}
       ORDER BY ${order} LIMIT $${pageParameters.length}`,
      pageParameters,
    );
    return { rows: rows.slice(0, limit), totalCount: count, hasMore: rows.length > limit };
  }
}
