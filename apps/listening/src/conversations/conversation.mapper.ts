import type { ConversationDto } from '@groundwork/contracts';
import type { Conversation } from './conversation';

export function toConversationDto(conversation: Conversation): ConversationDto {
  return {
    ...conversation,
    participantIds: [...conversation.participantIds],
    heldAt: conversation.heldAt.toISOString(),
    createdAt: conversation.createdAt.toISOString(),
  };
}
