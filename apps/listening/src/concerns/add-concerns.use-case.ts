import { Injectable } from '@nestjs/common';
import type { ConcernInput } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { ConversationErrors } from '../conversations/conversation.errors';
import { ConversationRepository } from '../conversations/conversation.repository';
import type { Concern } from './concern';
import { ConcernDrafts } from './concern-drafts';
import { ConcernRepository } from './concern.repository';

/** More concerns heard in a recorded conversation, after the ones it has; speakers must have taken part. */
@Injectable()
export class AddConcernsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly conversations: ConversationRepository,
    private readonly concerns: ConcernRepository,
    private readonly drafts: ConcernDrafts,
  ) {}

  async execute(input: { conversationId: string; concerns: ConcernInput[] }): Promise<Concern[]> {
    const [conversation] = await this.unitOfWork.run(() =>
      this.conversations.findByIds([input.conversationId]),
    );
    if (!conversation) throw ConversationErrors.notFound(input.conversationId, 'conversationId');
    const participants = new Set(conversation.participantIds);
    input.concerns.forEach((concern, index) => {
      if (concern.speakerId && !participants.has(concern.speakerId)) {
        throw ConversationErrors.speakerNotAParticipant(`concerns.${index}.speakerId`);
      }
    });
    const drafts = await this.drafts.prepare(conversation.id, input.concerns, new Date());
    return this.unitOfWork.run(async () => {
      const [locked] = await this.conversations.findByIds([conversation.id], true);
      if (!locked) throw ConversationErrors.notFound(input.conversationId, 'conversationId');
      const start = await this.concerns.nextPosition(conversation.id);
      const concerns = drafts.map((draft, index) => ({ ...draft, position: start + index }));
      await this.concerns.insertMany(concerns);
      return concerns;
    });
  }
}
