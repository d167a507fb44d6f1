import { Injectable } from '@nestjs/common';
import { duplicateEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { DuplicateCandidateRepository } from './duplicate-candidate.repository';

/**
 * Finds duplicate candidates again: across the coalition, or among the given people only (after an
 * import or an edit). New pairs join the queue as OPEN, open pairs that no longer match leave it,
 * dismissed pairs never come back.
 */
@Injectable()
export class RefreshDuplicatesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly candidates: DuplicateCandidateRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(personIds?: string[]): Promise<{ openCount: number; foundCount: number }> {
    return this.unitOfWork.run(async () => {
      const result = await this.candidates.refresh(personIds ? [...new Set(personIds)] : null);
      await this.outbox.append(duplicateEvents.duplicatesRefreshed, result);
      return result;
    });
  }
}
