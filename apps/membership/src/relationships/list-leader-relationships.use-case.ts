import { Injectable } from '@nestjs/common';
import type { LeaderRelationshipsDto, MembershipRpc, Page, RpcParsedRequest } from '@groundwork/contracts';
import { decodeCursor, encodeCursor, UnitOfWork } from '@groundwork/service-kit';
import { z } from 'zod';
import { RelationalQueriesRepository } from './relational-queries.repository';

export type LeaderRelationshipsInput = RpcParsedRequest<MembershipRpc['membership.relationship.per-leader']>;

const cursorSchema = z.tuple([z.number().int().min(0), z.uuid()]);

/** Relationships held per leader, most first. */
@Injectable()
export class ListLeaderRelationshipsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly queries: RelationalQueriesRepository,
  ) {}

  async execute(input: LeaderRelationshipsInput): Promise<Page<LeaderRelationshipsDto>> {
    const after = input.after ? decodeCursor(input.after, cursorSchema) : undefined;
    const slice = await this.unitOfWork.run(() =>
      this.queries.leaderRelationships(
        input.first,
        after && { relationshipCount: after[0], personId: after[1] },
      ),
    );
    const last = slice.rows.at(-1);
    return {
      items: slice.rows,
      totalCount: slice.totalCount,
      hasNextPage: slice.hasMore,
      endCursor: last ? encodeCursor([last.relationshipCount, last.personId]) : null,
    };
  }
}
