import { Injectable } from '@nestjs/common';
import type { MembershipRpc, Page, RpcParsedRequest } from '@groundwork/contracts';
import { decodeCursor, encodeCursor, UnitOfWork } from '@groundwork/service-kit';
import { z } from 'zod';
import type { OneOnOneEntity } from './one-on-one.entity';
import { OneOnOneRepository } from './one-on-one.repository';

export type ListOneOnOnesInput = RpcParsedRequest<MembershipRpc['membership.one-on-one.list']>;

const cursorSchema = z.tuple([z.iso.date(), z.uuid()]);

/** One-on-ones newest first, per person, per organizer and within dates as asked. */
@Injectable()
export class ListOneOnOnesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly oneOnOnes: OneOnOneRepository,
  ) {}

  async execute(input: ListOneOnOnesInput): Promise<Page<OneOnOneEntity>> {
    const after = input.after ? decodeCursor(input.after, cursorSchema) : undefined;
    const slice = await this.unitOfWork.run(() =>
      this.oneOnOnes.page({
        limit: input.first,
        after: after && { heldOn: after[0], id: after[1] },
        personId: input.personId,
        organizerId: input.organizerId,
        from: input.from,
        to: input.to,
      }),
    );
    const last = slice.rows.at(-1);
    return {
      items: slice.rows,
      totalCount: slice.totalCount,
      hasNextPage: slice.hasMore,
      endCursor: last ? encodeCursor([last.heldOn, last.id]) : null,
    };
  }
}
