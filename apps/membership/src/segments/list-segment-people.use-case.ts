import { Injectable } from '@nestjs/common';
import type { Page } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { decodePersonCursor, encodePersonCursor } from '../people/person-cursor';
import type { PersonEntity } from '../people/person.entity';
import { SavedSegmentFilter } from './saved-segment-filter';
import { SegmentPeopleRepository } from './segment-people.repository';

/** A saved segment's people, newest first; with a channel, only people who may be contacted on it. */
@Injectable()
export class ListSegmentPeopleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly saved: SavedSegmentFilter,
    private readonly people: SegmentPeopleRepository,
  ) {}

  async execute(input: MembershipRequest<'membership.segment.people'>): Promise<Page<PersonEntity>> {
    const after = input.after ? decodePersonCursor(input.after) : undefined;
    const page = await this.unitOfWork.run(async () =>
      this.people.page(
        { filter: await this.saved.of(input.segmentId), channel: input.channel },
        input.first,
        after,
      ),
    );
    const last = page.rows.at(-1);
    return {
      items: page.rows,
      totalCount: page.totalCount,
      hasNextPage: page.hasMore,
      endCursor: last ? encodePersonCursor(last) : null,
    };
  }
}
