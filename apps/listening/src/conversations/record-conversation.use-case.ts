import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { conversationEvents, type RecordConversationRequest } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { CampaignRepository } from '../campaigns/campaign.repository';
import type { Concern } from '../concerns/concern';
import { ConcernDrafts } from '../concerns/concern-drafts';
import { ConcernRepository } from '../concerns/concern.repository';
import { CoalitionPeople } from './coalition-people';
import type { Conversation } from './conversation';
import { ConversationErrors } from './conversation.errors';
import { ConversationRepository } from './conversation.repository';

/**
 * Records a conversation with the concerns heard in it, in one transaction. Membership is asked
 * first (are these people of the coalition; the speakers' organizations), so no transaction waits on it.
 */
@Injectable()
export class RecordConversationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly people: CoalitionPeople,
    private readonly drafts: ConcernDrafts,
    private readonly conversations: ConversationRepository,
    private readonly concerns: ConcernRepository,
    private readonly campaigns: CampaignRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(
    input: RecordConversationRequest,
  ): Promise<{ conversation: Conversation; concerns: Concern[] }> {
    const fields = new Map<string, string>();
    input.participantIds.forEach((id, index) => fields.set(id, `participantIds.${index}`));
    if (input.listenerId && !fields.has(input.listenerId)) fields.set(input.listenerId, 'listenerId');
    if (fields.size > 0) await this.people.assertPeople(fields);
    const createdAt = new Date();
    const conversation: Conversation = {
      id: randomUUID(),
      kind: input.kind,
      campaignId: input.campaignId ?? null,
      heldAt: new Date(input.heldAt),
      durationMinutes: input.durationMinutes ?? null,
      place: input.place ?? null,
      area: input.area ?? null,
      language: input.language ?? null,
      listenerId: input.listenerId ?? null,
      participantIds: input.participantIds,
      headCount: input.headCount,
      notes: input.notes ?? null,
      oneOnOneId: null,
      recordedBy: this.context.actingUserId(),
      concernCount: input.concerns.length,
      createdAt,
    };
    const concerns = await this.drafts.prepare(conversation.id, input.concerns, createdAt);
    return this.unitOfWork.run(async () => {
      if (conversation.campaignId) {
        const [campaign] = await this.campaigns.findByIds([conversation.campaignId]);
        if (!campaign) throw ConversationErrors.campaignNotFound();
      }
      await this.conversations.insert(conversation);
      await this.concerns.insertMany(concerns);
      await this.outbox.append(conversationEvents.conversationRecorded, {
        conversationId: conversation.id,
        kind: conversation.kind,
        campaignId: conversation.campaignId,
        heldAt: conversation.heldAt.toISOString(),
        participantIds: conversation.participantIds,
        headCount: conversation.headCount,
        concerns: concerns.length,
      });
      return { conversation, concerns };
    });
  }
}
