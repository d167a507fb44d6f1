import { Injectable } from '@nestjs/common';
import type { Page } from '@groundwork/contracts';
import { decodeCursor, encodeCursor, UnitOfWork } from '@groundwork/service-kit';
import { z } from 'zod';
import type { Concern } from './concern';
import { ConcernRepository, type ConcernFilter, type ConcernPosition } from './concern.repository';

const InConversation = z.tuple([z.number().int().min(0)]);
const AcrossConversations = z.tuple([z.iso.datetime(), z.uuid()]);

/** A conversation's concerns in the order heard, or the coalition's newest first; keyset cursors either way. */
@Injectable()
export class ListConcernsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly concerns: ConcernRepository,
  ) {}

  async execute(input: ConcernFilter & { first: number; after?: string }): Promise<Page<Concern>> {
    const inConversation = input.conversationId !== undefined;
    let after: ConcernPosition | undefined;
    if (input.after && inConversation) after = { position: decodeCursor(input.after, InConversation)[0] };
    else if (input.after) {
      const [at, id] = decodeCursor(input.after, AcrossConversations);
      after = { at: new Date(at), id };
    }
    const filter = { conversationId: input.conversationId, themeId: input.themeId, uncoded: input.uncoded };
    const slice = await this.unitOfWork.run(() => this.concerns.page(filter, input.first, after));
    const last = slice.rows.at(-1);
    let endCursor: string | null = null;
    if (last) {
      endCursor = inConversation
        ? encodeCursor([last.position])
        : encodeCursor([last.createdAt.toISOString(), last.id]);
    }
    return { items: slice.rows, totalCount: slice.totalCount, hasNextPage: slice.hasMore, endCursor };
  }
}
