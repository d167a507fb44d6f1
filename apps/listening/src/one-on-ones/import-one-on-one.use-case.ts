import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type OneOnOneDto } from '@groundwork/contracts';
import { RpcClient, RpcError } from '@groundwork/service-kit';
import { ConcernDrafts } from '../concerns/concern-drafts';
import { ConcernRepository } from '../concerns/concern.repository';
import type { Conversation } from '../conversations/conversation';
import { ConversationRepository } from '../conversations/conversation.repository';

/**
 * A one-on-one recorded or changed in membership becomes (or updates) a ONE_ON_ONE conversation, so
 * what was said can be coded: the one-on-one's concerns become the conversation's first concern, spoken
 * by the person, and its self-interest the notes. Events carry ids only, so the one-on-one is asked
 * of membership. Runs inside the consumer's unit of work; applying it twice leaves one conversation.
 */
@Injectable()
export class ImportOneOnOneUseCase {
  constructor(
    private readonly rpc: RpcClient,
    private readonly conversations: ConversationRepository,
    private readonly concerns: ConcernRepository,
    private readonly drafts: ConcernDrafts,
  ) {}

  async execute(oneOnOneId: string): Promise<void> {
    const oneOnOne = await this.fetch(oneOnOneId);
    if (!oneOnOne) return;
    const fields = {
      heldAt: new Date(`${oneOnOne.heldOn}T00:00:00.000Z`),
      durationMinutes: oneOnOne.durationMinutes,
      place: oneOnOne.place,
      notes: oneOnOne.selfInterest,
      recordedBy: oneOnOne.organizerId,
    };
    const existingId = await this.conversations.findIdByOneOnOne(oneOnOne.id);
    if (existingId) {
      await this.conversations.update(existingId, fields, [oneOnOne.personId]);
      if (oneOnOne.concerns && !(await this.concerns.updateFirstText(existingId, oneOnOne.concerns))) {
        await this.addConcern(existingId, oneOnOne);
      }
      return;
    }
    const conversation: Conversation = {
      id: randomUUID(),
      kind: 'ONE_ON_ONE',
      campaignId: null,
      ...fields,
      area: null,
      language: null,
      listenerId: null,
      participantIds: [oneOnOne.personId],
      headCount: 0,
      oneOnOneId: oneOnOne.id,
      concernCount: 0,
      createdAt: new Date(),
    };
    await this.conversations.insert(conversation);
    if (oneOnOne.concerns) await this.addConcern(conversation.id, oneOnOne);
  }

  private async addConcern(conversationId: string, oneOnOne: OneOnOneDto): Promise<void> {
    const concerns = await this.drafts.prepare(
      conversationId,
      [{ text: oneOnOne.concerns!, speakerId: oneOnOne.personId, quotable: false }],
      new Date(),
    );
    await this.concerns.insertMany(concerns);
  }

  /** Null when membership no longer has it (removed, or its person erased): nothing to import. */
  private async fetch(id: string): Promise<OneOnOneDto | null> {
    try {
      return await this.rpc.request('membership.one-on-one.get', { id });
    } catch (error) {
      if (error instanceof RpcError && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }
}
