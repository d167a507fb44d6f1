import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { ListeningReply, ListeningRequest } from '../listening-rpc';
import { GetResultUseCase } from './get-result.use-case';

/** NATS adapter for round results. */
@Injectable()
export class ResultsRpcController {
  constructor(private readonly getResult: GetResultUseCase) {}

  @RpcHandler('listening.result.get')
  get(input: ListeningRequest<'listening.result.get'>): Promise<ListeningReply<'listening.result.get'>> {
    return this.getResult.execute(input.roundId);
  }
}
