import { Injectable } from '@nestjs/common';
import type { Page, PersonMergeDto } from '@groundwork/contracts';
import { PagingErrors, UnitOfWork, decodeKeysetCursor, encodeKeysetCursor } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { toPersonMergeDto } from './person-merge.mapper';
import { PersonMergesRepository } from './person-merges.repository';

/** The record of merges, newest first; optionally those into or of one person. */
@Injectable()
export class ListPersonMergesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly merges: PersonMergesRepository,
  ) {}

  async execute(input: MembershipRequest<'membership.person.merges.list'>): Promise<Page<PersonMergeDto>> {
    const after = input.after === undefined ? undefined : decodeKeysetCursor(input.after);
    if (after === null) throw PagingErrors.invalidCursor();
    const slice = await this.unitOfWork.run(() => this.merges.page(input.first, after, input.personId));
    const last = slice.rows.at(-1);
    return {
      items: slice.rows.map(toPersonMergeDto),
      totalCount: slice.totalCount,
      hasNextPage: slice.hasMore,
      endCursor: last ? encodeKeysetCursor({ at: last.merged_at, id: last.id }) : null,
    };
  }
}
