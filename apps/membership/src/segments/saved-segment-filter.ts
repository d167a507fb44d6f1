import { Injectable } from '@nestjs/common';
import type { SegmentFilter } from '@groundwork/contracts';
import { SegmentErrors } from './segment.errors';
import { storedFilter } from './segment.mapper';
import { SegmentRepository } from './segment.repository';

/** A saved segment's filter, or NOT_FOUND (also for another coalition's segment). Call inside the unit of work. */
@Injectable()
export class SavedSegmentFilter {
  constructor(private readonly segments: SegmentRepository) {}

  async of(id: string): Promise<SegmentFilter> {
    const [row] = await this.segments.findByIds([id]);
    if (!row) throw SegmentErrors.notFound(id);
    return storedFilter(row);
  }
}
