import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { Conversation } from './conversation';
import { ConversationErrors } from './conversation.errors';
import { ConversationRepository } from './conversation.repository';

/** Conversations by id, for DataLoaders: in the order asked, each once; unknown ids left out. `one` answers NOT_FOUND. */
@Injectable()
export class GetConversationsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly conversations: ConversationRepository,
  ) {}

  async execute(ids: string[]): Promise<Conversation[]> {
    const unique = [...new Set(ids)];
    const found = await this.unitOfWork.run(() => this.conversations.findByIds(unique));
    const byId = new Map(found.map((conversation) => [conversation.id, conversation]));
    return unique.flatMap((id) => byId.get(id) ?? []);
  }

  async one(id: string): Promise<Conversation> {
    const [conversation] = await this.execute([id]);
    if (!conversation) throw ConversationErrors.notFound(id);
    return conversation;
  }
}
