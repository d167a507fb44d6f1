import { Injectable } from '@nestjs/common';
import type { Page } from '@groundwork/contracts';
import { decodeKeysetCursor, encodeKeysetCursor, UnitOfWork } from '@groundwork/service-kit';
import type { Conversation } from './conversation';
import { ConversationRepository, type ConversationFilter } from './conversation.repository';

/** One page of conversations, latest held first, with keyset cursors. */
@Injectable()
export class ListConversationsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly conversations: ConversationRepository,
  ) {}

  async execute(input: ConversationFilter & { first: number; after?: string }): Promise<Page<Conversation>> {
    const after = input.after ? decodeKeysetCursor(input.after) : undefined;
    const filter = { campaignId: input.campaignId, kind: input.kind };
    const slice = await this.unitOfWork.run(() => this.conversations.page(filter, input.first, after));
    const last = slice.rows.at(-1);
    return {
      items: slice.rows,
      totalCount: slice.totalCount,
      hasNextPage: slice.hasMore,
      endCursor: last ? encodeKeysetCursor({ at: last.heldAt, id: last.id }) : null,
    };
  }
}
