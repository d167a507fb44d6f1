import { Injectable } from '@nestjs/common';
import type { MembershipRpc, Page, RpcParsedRequest } from '@groundwork/contracts';
import { decodePersonCursor, encodePersonCursor } from './person-cursor';
import type { PersonEntity } from './person.entity';
import { PersonErrors } from './person.errors';
import { PersonReads } from './person.reads';

export type ListPeopleInput = RpcParsedRequest<MembershipRpc['membership.person.list']>;

const CONTROL_CHARACTERS = /\p{Cc}/u;

/** One page of people, newest first, with keyset cursors and the size of the filtered set. */
@Injectable()
export class ListPeopleUseCase {
  constructor(private readonly people: PersonReads) {}

  async execute(input: ListPeopleInput): Promise<Page<PersonEntity>> {
    if (input.search && CONTROL_CHARACTERS.test(input.search)) throw PersonErrors.invalidSearch();
    const after = input.after ? decodePersonCursor(input.after) : undefined;
    const slice = await this.people.page({
      limit: input.first,
      after,
      search: input.search || undefined,
      includeArchived: input.includeArchived,
    });
    const last = slice.rows.at(-1);
    return {
      items: slice.rows,
      totalCount: slice.totalCount,
      hasNextPage: slice.hasMore,
      endCursor: last ? encodePersonCursor(last) : null,
    };
  }
}
