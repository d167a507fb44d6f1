import { Module } from '@nestjs/common';
import { CountSegmentUseCase } from './count-segment.use-case';
import { CreateSegmentUseCase } from './create-segment.use-case';
import { DeleteSegmentUseCase } from './delete-segment.use-case';
import { GetSegmentsUseCase } from './get-segments.use-case';
import { ListSegmentPeopleUseCase } from './list-segment-people.use-case';
import { ListSegmentsUseCase } from './list-segments.use-case';
import { SavedSegmentFilter } from './saved-segment-filter';
import { SegmentPeopleRepository } from './segment-people.repository';
import { SegmentRepository } from './segment.repository';
import { SegmentsRpcController } from './segments.rpc-controller';
import { UpdateSegmentUseCase } from './update-segment.use-case';

/** Saved segments: filters over people evaluated in SQL, with live counts and paged members. */
@Module({
  providers: [
    SegmentRepository,
    SegmentPeopleRepository,
    SavedSegmentFilter,
    ListSegmentsUseCase,
    GetSegmentsUseCase,
    CreateSegmentUseCase,
    UpdateSegmentUseCase,
    DeleteSegmentUseCase,
    CountSegmentUseCase,
    ListSegmentPeopleUseCase,
    SegmentsRpcController,
  ],
  exports: [SegmentPeopleRepository, SavedSegmentFilter],
})
export class SegmentsModule {}
