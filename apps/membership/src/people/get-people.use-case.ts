import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { PersonEntity } from './person.entity';
import { PersonRepository } from './person.repository';

/**
 * People by id, for DataLoaders: in the order asked, each once, archived ones included; ids that
 * match no person of this coalition are left out.
 */
@Injectable()
export class GetPeopleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly people: PersonRepository,
  ) {}

  async execute(ids: string[]): Promise<PersonEntity[]> {
    const unique = [...new Set(ids)];
    const found = await this.unitOfWork.run(() => this.people.findByIds(unique));
    const byId = new Map(found.map((person) => [person.id, person]));
    return unique.flatMap((id) => byId.get(id) ?? []);
  }
}
