import { Injectable } from '@nestjs/common';
import type { PersonConsentsDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { toConsentRecordDto } from './consent.mapper';
import { ConsentRepository } from './consent.repository';

/** Current consent of many people, for DataLoaders: one entry per id asked, in order. */
@Injectable()
export class GetCurrentConsentsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly consents: ConsentRepository,
  ) {}

  async execute(personIds: string[]): Promise<PersonConsentsDto[]> {
    const ids = [...new Set(personIds)];
    const rows = await this.unitOfWork.run(() => this.consents.currentOf(ids));
    const byPerson = new Map<string, PersonConsentsDto>(
      ids.map((personId) => [personId, { personId, current: [] }]),
    );
    for (const row of rows) byPerson.get(row.person_id)?.current.push(toConsentRecordDto(row));
    return [...byPerson.values()];
  }
}
