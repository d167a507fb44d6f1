import { Injectable } from '@nestjs/common';
import { prioritizationEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { quorumMet, toRoundResultDto } from '../results/result.mapper';
import { ResultRepository } from '../results/result.repository';
import { RoundCounter } from '../results/round-counter';
import type { Round } from './round';
import { RoundErrors } from './round.errors';
import { RoundRepository } from './round.repository';

/**
 * OPEN → CLOSED in one transaction: no ballot goes in after it (the round row is locked FOR UPDATE,
 * ballots take it FOR SHARE), the count is stored, and when quorum is met its winners are recorded as
 * the chosen priorities and announced (`events.listening.priority.chosen`) with the round's close.
 */
@Injectable()
export class CloseRoundUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rounds: RoundRepository,
    private readonly counter: RoundCounter,
    private readonly results: ResultRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(id: string): Promise<Round> {
    return this.unitOfWork.run(async () => {
      const round = await this.rounds.findById(id, 'update');
      if (!round) throw RoundErrors.notFound(id);
      if (round.status !== 'OPEN') throw RoundErrors.notOpenToClose(round);
      const closedAt = new Date();
      const count = await this.counter.count(round);
      const met = quorumMet(round.quorum, count.ballotsCast);
      await this.rounds.setStatus(id, 'CLOSED', closedAt);
      await this.results.insert(
        toRoundResultDto(id, count, { final: true, countedAt: closedAt, quorumMet: met }),
      );
      await this.outbox.append(prioritizationEvents.roundClosed, {
        roundId: id,
        closedAt: closedAt.toISOString(),
        ballotsCast: count.ballotsCast,
        quorumMet: met,
      });
      if (met && count.winners.length > 0) {
        await this.results.insertChosen(id, count.winners, closedAt);
        const candidateIssueOf = new Map(round.options.map((option) => [option.id, option.candidateIssueId]));
        await this.outbox.append(prioritizationEvents.priorityChosen, {
          roundId: id,
          method: round.method,
          chosenAt: closedAt.toISOString(),
          priorities: count.winners.map((optionId, index) => ({
            optionId,
            place: index + 1,
            candidateIssueId: candidateIssueOf.get(optionId) ?? null,
          })),
        });
      }
      return { ...round, status: 'CLOSED', closedAt };
    });
  }
}
