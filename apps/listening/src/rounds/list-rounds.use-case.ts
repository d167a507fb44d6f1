import { Injectable } from '@nestjs/common';
import type { Page } from '@groundwork/contracts';
import { decodeKeysetCursor, encodeKeysetCursor, UnitOfWork } from '@groundwork/service-kit';
import type { Round } from './round';
import { RoundRepository } from './round.repository';

/** One page of rounds, newest first, with keyset cursors. */
@Injectable()
export class ListRoundsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rounds: RoundRepository,
  ) {}

  async execute(input: { first: number; after?: string }): Promise<Page<Round>> {
    const after = input.after ? decodeKeysetCursor(input.after) : undefined;
    const slice = await this.unitOfWork.run(() => this.rounds.page(input.first, after));
    const last = slice.rows.at(-1);
    return {
      items: slice.rows,
      totalCount: slice.totalCount,
      hasNextPage: slice.hasMore,
      endCursor: last ? encodeKeysetCursor({ at: last.createdAt, id: last.id }) : null,
    };
  }
}
