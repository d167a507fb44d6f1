import type { ConcernDto } from '@groundwork/contracts';
import type { Concern } from './concern';

export function toConcernDto(concern: Concern): ConcernDto {
  return {
    id: concern.id,
    conversationId: concern.conversationId,
    text: concern.text,
    speakerId: concern.speakerId,
    speakerOrganizationIds: [...concern.speakerOrganizationIds],
    depth: concern.depth,
    quotable: concern.quotable,
    createdAt: concern.createdAt.toISOString(),
  };
}
