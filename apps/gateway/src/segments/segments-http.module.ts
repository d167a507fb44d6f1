import { Module } from '@nestjs/common';
import { SegmentExportController } from './segment-export.controller';

/** The segment CSV export, guarded by the global AuthGuard like GraphQL and the import upload. */
@Module({
  controllers: [SegmentExportController],
})
export class SegmentsHttpModule {}
