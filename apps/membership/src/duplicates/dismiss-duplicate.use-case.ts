import { Injectable } from '@nestjs/common';
import { duplicateEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { DuplicateCandidateRepository, type DuplicateCandidateRow } from './duplicate-candidate.repository';
import { DuplicateErrors } from './duplicate.errors';

/**
 * "Not a duplicate": the pair is remembered as DISMISSED, so no refresh brings it back. Dismissing a
 * dismissed pair returns it unchanged; a merged pair cannot be dismissed.
 */
@Injectable()
export class DismissDuplicateUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly candidates: DuplicateCandidateRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(candidateId: string): Promise<DuplicateCandidateRow> {
    return this.unitOfWork.run(async () => {
      const candidate = await this.candidates.findForUpdate(candidateId);
      if (!candidate) throw DuplicateErrors.candidateNotFound(candidateId);
      if (candidate.status === 'DISMISSED') return candidate;
      if (candidate.status === 'MERGED') throw DuplicateErrors.alreadyMerged();
      const dismissed = await this.candidates.resolve(
        candidate.id,
        'DISMISSED',
        this.context.actor()?.id ?? null,
      );
      await this.outbox.append(duplicateEvents.duplicateDismissed, {
        candidateId: candidate.id,
        firstPersonId: candidate.first_person_id,
        secondPersonId: candidate.second_person_id,
      });
      return dismissed;
    });
  }
}
