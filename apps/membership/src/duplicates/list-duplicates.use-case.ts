import { Injectable } from '@nestjs/common';
import type { DuplicateCandidateDto, Page } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { toDuplicateCandidateDto } from './duplicate-candidate.mapper';
import { DuplicateCandidateRepository } from './duplicate-candidate.repository';
import { decodeDuplicateCursor, encodeDuplicateCursor } from './duplicate-cursor';

/** One page of the review queue for one status, likeliest pairs first. */
@Injectable()
export class ListDuplicatesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly candidates: DuplicateCandidateRepository,
  ) {}

  async execute(
    input: MembershipRequest<'membership.duplicates.list'>,
  ): Promise<Page<DuplicateCandidateDto>> {
    const after = input.after === undefined ? null : decodeDuplicateCursor(input.after);
    const { rows, totalCount } = await this.unitOfWork.run(async () => ({
      rows: await this.candidates.page(input.status, input.first + 1, after),
      totalCount: await this.candidates.count(input.status),
    }));
    const items = rows.slice(0, input.first);
    const last = items.at(-1);
    return {
      items: items.map(toDuplicateCandidateDto),
      totalCount,
      hasNextPage: rows.length > input.first,
      endCursor: last ? encodeDuplicateCursor({ score: last.score, id: last.id }) : null,
    };
  }
}
