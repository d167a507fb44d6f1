import { Injectable } from '@nestjs/common';
import type { Page } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import type { PersonEntity } from '../people/person.entity';
import { PersonSearchRepository } from './person-search.repository';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';
import { parseSearchQuery } from './search-query';
import { SearchErrors } from './search.errors';

/** Ranked full-text search over names, emails, phones and notes; typo-tolerant on names. */
@Injectable()
export class SearchPeopleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly search: PersonSearchRepository,
  ) {}

  async execute(input: MembershipRequest<'membership.person.search'>): Promise<Page<PersonEntity>> {
    const tokens = parseSearchQuery(input.query);
    if (tokens.length === 0) throw SearchErrors.queryWithoutTerms();
    const after = input.after ? decodeSearchCursor(input.after) : undefined;
    const page = await this.unitOfWork.run(() =>
      this.search.search({
        text: input.query,
        tokens,
        includeArchived: input.includeArchived,
        after,
        limit: input.first,
      }),
    );
    const last = page.rows.at(-1);
    return {
      items: page.rows.map((row) => row.person),
      totalCount: page.totalCount,
      hasNextPage: page.hasMore,
      endCursor: last ? encodeSearchCursor({ rank: last.rank, id: last.person.id }) : null,
    };
  }
}
