import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ConversationKind } from '@groundwork/contracts';
import { TenantContext, type KeysetPosition } from '@groundwork/service-kit';
import type { Conversation } from './conversation';

const COLUMNS = `v.id, v.kind, v.campaign_id AS "campaignId", v.held_at AS "heldAt",
  v.duration_minutes AS "durationMinutes", v.place, v.area, v.language, v.listener_id AS "listenerId",
  v.head_count AS "headCount", v.notes, v.one_on_one_id AS "oneOnOneId", v.recorded_by AS "recordedBy",
  v.created_at AS "createdAt",
  ARRAY(SELECT p.person_id FROM listening.conversation_participants p
        WHERE p.tenant_id = v.tenant_id AND p.conversation_id = v.id ORDER BY p.position) AS "participantIds",
  (SELECT count(*)::int FROM listening.concerns c
   WHERE c.tenant_id = v.tenant_id AND c.conversation_id = v.id) AS "concernCount"`;

type ConversationFields = Omit<Conversation, 'concernCount' | 'participantIds'>;

export interface ConversationFilter {
  campaignId?: string;
  kind?: ConversationKind;
}

/** Conversations and their participants, inside the current unit of work of the tenant in context. */
@Injectable()
export class ConversationRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async insert(conversation: Conversation): Promise<void> {
    const v = conversation;
    await this.txHost.tx.query(
      `INSERT INTO listening.conversations (tenant_id, id, kind, campaign_id, held_at, duration_minutes, place, area,
         language, listener_id, head_count, notes, one_on_one_id, recorded_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        this.context.tenantId(),
        v.id,
        v.kind,
        v.campaignId,
        v.heldAt,
        v.durationMinutes,
        v.place,
        v.area,
        v.language,
        v.listenerId,
        v.headCount,
        v.notes,
        v.oneOnOneId,
        v.recordedBy,
        v.createdAt,
      ],
    );
    await this.replaceParticipants(v.id, v.participantIds);
  }

  /** The fields a one-on-one brings, written over an existing conversation that came from it. */
  async update(id: string, fields: Partial<ConversationFields>, participantIds?: string[]): Promise<void> {
    const columns: Record<string, keyof ConversationFields> = {
      held_at: 'heldAt',
      duration_minutes: 'durationMinutes',
      place: 'place',
      notes: 'notes',
      recorded_by: 'recordedBy',
    };
    const sets: string[] = [];
    const parameters: unknown[] = [this.context.tenantId(), id];
    for (const [column, field] of Object.entries(columns)) {
      if (!(field in fields)) continue;
      parameters.push(fields[field]);
      sets.push(`${column} = $${parameters.length}`);
    }
    if (sets.length > 0) {
      await this.txHost.tx.query(
        `UPDATE listening.conversations SET ${sets.join(', ')} WHERE tenant_id = $1 AND id = $2`,
        parameters,
      );
    }
    if (participantIds) await this.replaceParticipants(id, participantIds);
  }

  private async replaceParticipants(conversationId: string, personIds: string[]): Promise<void> {
    const tenantId = this.context.tenantId();
    await this.txHost.tx.query(
      `DELETE FROM listening.conversation_participants WHERE tenant_id = $1 AND conversation_id = $2`,
      [tenantId, conversationId],
    );
    await this.txHost.tx.query(
      `INSERT INTO listening.conversation_participants (tenant_id, conversation_id, person_id, position)
       SELECT $1, $2, p.id, p.position - 1 FROM unnest($3::uuid[]) WITH ORDINALITY AS p(id, position)`,
      [tenantId, conversationId, personIds],
    );
  }

  async findByIds(ids: string[], lock = false): Promise<Conversation[]> {
    return this.txHost.tx.query<Conversation[]>(
      `SELECT ${COLUMNS} FROM listening.conversations v WHERE v.tenant_id = $1 AND v.id = ANY($2::uuid[])
       ${lock ? 'FOR UPDATE' : ''}`,
      [this.context.tenantId(), ids],
    );
  }

  async findIdByOneOnOne(oneOnOneId: string): Promise<string | undefined> {
    const [row] = await this.txHost.tx.query<Array<{ id: string }>>(
      `SELECT id FROM listening.conversations WHERE tenant_id = $1 AND one_on_one_id = $2 FOR UPDATE`,
      [this.context.tenantId(), oneOnOneId],
    );
    return row?.id;
  }

  /** Latest held first; `limit + 1` rows are read to know whether another page follows. */
  async page(
    filter: ConversationFilter,
    limit: number,
    after?: KeysetPosition,
  ): Promise<{ rows: Conversation[]; totalCount: number; hasMore: boolean }> {
    const parameters: unknown[] = [this.context.tenantId()];
    const where = ['v.tenant_id = $1'];
    if (filter.campaignId) {
      parameters.push(filter.campaignId);
      where.push(`v.campaign_id = $${parameters.length}`);
    }
    if (filter.kind) {
      parameters.push(filter.kind);
      where.push(`v.kind = $${parameters.length}`);
    }
    const [{ count }] = await this.txHost.tx.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM listening.conversations v WHERE ${where.join(' AND ')}`,
      parameters,
    );
    const pageParameters = [...parameters];
    const pageWhere = [...where];
    if (after) {
      pageParameters.push(after.at, after.id);
      pageWhere.push(
        `(v.held_at, v.id) < ($${pageParameters.length - 1}::timestamptz, $${pageParameters.length}::uuid)`,
      );
    }
    pageParameters.push(limit + 1);
    const rows = await this.txHost.tx.query<Conversation[]>(
      `SELECT ${COLUMNS} FROM listening.conversations v WHERE ${pageWhere.join(' AND ')}
       ORDER BY v.held_at DESC, v.id DESC LIMIT $${pageParameters.length}`,
      pageParameters,
    );
    return { rows: rows.slice(0, limit), totalCount: count, hasMore: rows.length > limit };
  }
}
