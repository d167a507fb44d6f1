import { Injectable } from '@nestjs/common';
import type { SegmentDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { toSegmentDto } from './segment.mapper';
import { SegmentRepository } from './segment.repository';

/** Segments by id, for DataLoaders; ids of other coalitions or unknown ids are simply absent. */
@Injectable()
export class GetSegmentsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly segments: SegmentRepository,
  ) {}

  async execute(ids: string[]): Promise<SegmentDto[]> {
    return (await this.unitOfWork.run(() => this.segments.findByIds(ids))).map(toSegmentDto);
  }
}
