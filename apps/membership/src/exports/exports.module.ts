import { Module } from '@nestjs/common';
import { SegmentsModule } from '../segments/segments.module';
import { ExportSegmentChunkUseCase } from './export-segment-chunk.use-case';
import { ExportsRpcController } from './exports.rpc-controller';
import { ListExportColumnsUseCase } from './list-export-columns.use-case';

/** CSV exports of segments, served in chunks. */
@Module({
  imports: [SegmentsModule],
  providers: [ListExportColumnsUseCase, ExportSegmentChunkUseCase, ExportsRpcController],
})
export class ExportsModule {}
