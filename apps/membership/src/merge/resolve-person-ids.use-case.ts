import { Injectable } from '@nestjs/common';
import type { PersonIdResolutionDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { PersonMergesRepository } from './person-merges.repository';

/**
 * What became of person ids, in the order asked, each once. `membership.person.get-many` leaves
 * merged-away and erased ids out; a service holding such an id asks here where it went.
 */
@Injectable()
export class ResolvePersonIdsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly merges: PersonMergesRepository,
  ) {}

  async execute(ids: string[]): Promise<PersonIdResolutionDto[]> {
    const unique = [...new Set(ids)];
    const resolved = new Map(
      (await this.unitOfWork.run(() => this.merges.resolve(unique))).map((row) => [row.personId, row]),
    );
    return unique.map((id) => resolved.get(id) ?? { personId: id, fate: 'UNKNOWN', currentPersonId: null });
  }
}
