import { Module } from '@nestjs/common';
import { NotesModule } from '../notes/notes.module';
import { GetPersonTimelineUseCase } from './get-person-timeline.use-case';
import { TimelineRepository } from './timeline.repository';
import { TimelineRpcController } from './timeline.rpc-controller';

/** A person's timeline: the union of every timeline source (see `timeline-sources.ts`). */
@Module({
  imports: [NotesModule],
  providers: [TimelineRepository, GetPersonTimelineUseCase, TimelineRpcController],
})
export class TimelineModule {}
