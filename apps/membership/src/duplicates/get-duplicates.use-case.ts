import { Injectable } from '@nestjs/common';
import type { DuplicateCandidateDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { toDuplicateCandidateDto } from './duplicate-candidate.mapper';
import { DuplicateCandidateRepository } from './duplicate-candidate.repository';

/** Candidate pairs by id, for DataLoaders: in the order asked, each once; unknown ids left out. */
@Injectable()
export class GetDuplicatesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly candidates: DuplicateCandidateRepository,
  ) {}

  async execute(ids: string[]): Promise<DuplicateCandidateDto[]> {
    const unique = [...new Set(ids)];
    const byId = new Map(
      (await this.unitOfWork.run(() => this.candidates.findByIds(unique))).map((row) => [row.id, row]),
    );
    return unique.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toDuplicateCandidateDto(row)] : [];
    });
  }
}
