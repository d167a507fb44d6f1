import { Injectable } from '@nestjs/common';
import type { Page, SegmentDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { SegmentErrors } from './segment.errors';
import { toSegmentDto } from './segment.mapper';
import { SegmentRepository } from './segment.repository';

/** Saved segments in alphabetical order; the cursor is the last name seen (names are unique per coalition). */
@Injectable()
export class ListSegmentsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly segments: SegmentRepository,
  ) {}

  async execute(input: MembershipRequest<'membership.segment.list'>): Promise<Page<SegmentDto>> {
    const afterName = input.after === undefined ? undefined : decodeNameCursor(input.after);
    const { rows, total } = await this.unitOfWork.run(() => this.segments.page(input.first + 1, afterName));
    const items = rows.slice(0, input.first).map(toSegmentDto);
    const last = items.at(-1);
    return {
      items,
      totalCount: total,
      hasNextPage: rows.length > input.first,
      endCursor: last ? Buffer.from(last.name.toLowerCase()).toString('base64url') : null,
    };
  }
}

function decodeNameCursor(cursor: string): string {
  const name = Buffer.from(cursor, 'base64url').toString('utf8');
  if (name.length === 0 || name.length > 100 || Buffer.from(name).toString('base64url') !== cursor)
    throw SegmentErrors.invalidCursor();
  return name;
}
