import { Injectable } from '@nestjs/common';
import type { RoundResultDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { RoundErrors } from '../rounds/round.errors';
import { RoundRepository } from '../rounds/round.repository';
import { quorumMet, toRoundResultDto } from './result.mapper';
import { ResultRepository } from './result.repository';
import { RoundCounter } from './round-counter';

/**
 * A round's result: the one stored at close; for an open round whose results are visible ALWAYS, a
 * count of the ballots so far; otherwise none yet (null), as results stay hidden until the close.
 */
@Injectable()
export class GetResultUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rounds: RoundRepository,
    private readonly results: ResultRepository,
    private readonly counter: RoundCounter,
  ) {}

  execute(roundId: string): Promise<RoundResultDto | null> {
    return this.unitOfWork.run(async () => {
      const round = await this.rounds.findById(roundId);
      if (!round) throw RoundErrors.notFound(roundId, 'roundId');
      if (round.status === 'CLOSED') return (await this.results.find(roundId)) ?? null;
      if (round.status === 'OPEN' && round.resultsVisibility === 'ALWAYS') {
        const count = await this.counter.count(round);
        const met = quorumMet(round.quorum, count.ballotsCast);
        return toRoundResultDto(roundId, count, { final: false, countedAt: new Date(), quorumMet: met });
      }
      return null;
    });
  }
}
