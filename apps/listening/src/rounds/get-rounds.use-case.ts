import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { Round } from './round';
import { RoundErrors } from './round.errors';
import { RoundRepository } from './round.repository';

/** Rounds by id, for DataLoaders: in the order asked, each once; unknown ids left out. `one` answers NOT_FOUND. */
@Injectable()
export class GetRoundsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rounds: RoundRepository,
  ) {}

  async execute(ids: string[]): Promise<Round[]> {
    const unique = [...new Set(ids)];
    const found = await this.unitOfWork.run(() => this.rounds.findByIds(unique));
    const byId = new Map(found.map((round) => [round.id, round]));
    return unique.flatMap((id) => byId.get(id) ?? []);
  }

  async one(id: string): Promise<Round> {
    const [round] = await this.execute([id]);
    if (!round) throw RoundErrors.notFound(id);
    return round;
  }
}
