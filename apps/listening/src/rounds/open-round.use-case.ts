import { Injectable } from '@nestjs/common';
import { prioritizationEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { Round } from './round';
import { RoundErrors } from './round.errors';
import { RoundRepository } from './round.repository';

/** DRAFT → OPEN: ballots are taken from now on. */
@Injectable()
export class OpenRoundUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rounds: RoundRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(id: string): Promise<Round> {
    return this.unitOfWork.run(async () => {
      const round = await this.rounds.findById(id, 'update');
      if (!round) throw RoundErrors.notFound(id);
      if (round.status !== 'DRAFT') throw RoundErrors.notDraft(round);
      const openedAt = new Date();
      await this.rounds.setStatus(id, 'OPEN', openedAt);
      await this.outbox.append(prioritizationEvents.roundOpened, {
        roundId: id,
        method: round.method,
        openedAt: openedAt.toISOString(),
      });
      return { ...round, status: 'OPEN', openedAt };
    });
  }
}
