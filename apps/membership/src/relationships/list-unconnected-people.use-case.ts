import { Injectable } from '@nestjs/common';
import type { MembershipRpc, Page, RpcParsedRequest } from '@groundwork/contracts';
import { decodeCursor, encodeCursor, UnitOfWork } from '@groundwork/service-kit';
import { z } from 'zod';
import { RelationalQueriesRepository } from './relational-queries.repository';

export type UnconnectedPeopleInput = RpcParsedRequest<
  MembershipRpc['membership.relationship.unconnected-people']
>;

const cursorSchema = z.tuple([z.iso.datetime(), z.uuid()]);

/** People with no relationship to any leader: who no leader knows yet. */
@Injectable()
export class ListUnconnectedPeopleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly queries: RelationalQueriesRepository,
  ) {}

  async execute(input: UnconnectedPeopleInput): Promise<Page<{ personId: string }>> {
    const after = input.after ? decodeCursor(input.after, cursorSchema) : undefined;
    const slice = await this.unitOfWork.run(() =>
      this.queries.unconnectedPeople(input.first, after && { createdAt: new Date(after[0]), id: after[1] }),
    );
    const last = slice.rows.at(-1);
    return {
      items: slice.rows.map((row) => ({ personId: row.personId })),
      totalCount: slice.totalCount,
      hasNextPage: slice.hasMore,
      endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.personId]) : null,
    };
  }
}
