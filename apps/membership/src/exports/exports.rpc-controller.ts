import { Injectable } from '@nestjs/common';
import type { ExportChunkDto, ExportColumnDto } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { ExportSegmentChunkUseCase } from './export-segment-chunk.use-case';
import { ListExportColumnsUseCase } from './list-export-columns.use-case';

/** NATS adapter for segment exports (the gateway streams the chunks as CSV). */
@Injectable()
export class ExportsRpcController {
  constructor(
    private readonly columns: ListExportColumnsUseCase,
    private readonly chunk: ExportSegmentChunkUseCase,
  ) {}

  @RpcHandler('membership.segment.export-columns')
  exportColumns(): Promise<ExportColumnDto[]> {
    return this.columns.execute();
  }

  @RpcHandler('membership.segment.export-chunk')
  exportChunk(input: MembershipRequest<'membership.segment.export-chunk'>): Promise<ExportChunkDto> {
    return this.chunk.execute(input);
  }
}
