import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { ListeningReply, ListeningRequest } from '../listening-rpc';
import { CastBallotUseCase } from './cast-ballot.use-case';
import { RecordPaperBallotsUseCase } from './record-paper-ballots.use-case';

/** NATS adapter for ballots. */
@Injectable()
export class BallotsRpcController {
  constructor(
    private readonly castBallot: CastBallotUseCase,
    private readonly recordPaperBallots: RecordPaperBallotsUseCase,
  ) {}

  @RpcHandler('listening.ballot.cast')
  cast(input: ListeningRequest<'listening.ballot.cast'>): Promise<ListeningReply<'listening.ballot.cast'>> {
    return this.castBallot.execute(input);
  }

  @RpcHandler('listening.ballot.record-paper')
  recordPaper(
    input: ListeningRequest<'listening.ballot.record-paper'>,
  ): Promise<ListeningReply<'listening.ballot.record-paper'>> {
    return this.recordPaperBallots.execute(input);
  }
}
