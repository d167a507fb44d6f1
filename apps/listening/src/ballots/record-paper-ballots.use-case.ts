import { Injectable } from '@nestjs/common';
import type { ListeningRpc, PaperBallotsRecordedDto, RpcParsedRequest } from '@groundwork/contracts';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { RoundErrors } from '../rounds/round.errors';
import { RoundRepository } from '../rounds/round.repository';
import { BallotChecker } from './ballot-checker';
import { BallotRepository } from './ballot.repository';
import { toStoredBallot } from './stored-ballot';

export type RecordPaperBallotsInput = RpcParsedRequest<ListeningRpc['listening.ballot.record-paper']>;

/** Tellers' anonymous paper ballots, `count` identical ones per line, while the round is open: all lines or none. */
@Injectable()
export class RecordPaperBallotsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly rounds: RoundRepository,
    private readonly ballots: BallotRepository,
  ) {}

  execute(input: RecordPaperBallotsInput): Promise<PaperBallotsRecordedDto> {
    const recordedAt = new Date();
    return this.unitOfWork.run(async () => {
      const round = await this.rounds.findById(input.roundId, 'share');
      if (!round) throw RoundErrors.notFound(input.roundId, 'roundId');
      if (round.status !== 'OPEN') throw RoundErrors.notOpenForBallots(round);
      new BallotChecker(round).assertValid(input.ballots, (index) => `ballots.${index}`);
      const lines = input.ballots.map((line) => ({ ...toStoredBallot(round, line), count: line.count }));
      await this.ballots.insertPaperLines(round.id, lines, this.context.actor()?.id ?? null, recordedAt);
      return {
        roundId: round.id,
        lines: lines.length,
        ballots: lines.reduce((sum, line) => sum + line.count, 0),
      };
    });
  }
}
