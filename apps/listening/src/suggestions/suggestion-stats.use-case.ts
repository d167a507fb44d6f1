import { Injectable } from '@nestjs/common';
import type { SuggestionStatsDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { SuggestionRepository } from './suggestion.repository';

/** How often suggestions were taken, over the concerns coded since they were made. */
@Injectable()
export class SuggestionStatsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly suggestions: SuggestionRepository,
  ) {}

  async execute(): Promise<SuggestionStatsDto> {
    const { decided, accepted } = await this.unitOfWork.run(() => this.suggestions.stats());
    return { decided, accepted, acceptanceRate: decided > 0 ? accepted / decided : null };
  }
}
