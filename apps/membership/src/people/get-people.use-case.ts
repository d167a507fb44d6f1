import { Injectable } from '@nestjs/common';
import type { PersonEntity } from './person.entity';
import { PersonReads } from './person.reads';

/**
 * People by id, for DataLoaders: in the order asked, each once, archived ones included; ids that
 * match no person of this coalition are left out.
 */
@Injectable()
export class GetPeopleUseCase {
  constructor(private readonly people: PersonReads) {}

  async execute(ids: string[]): Promise<PersonEntity[]> {
    const unique = [...new Set(ids)];
    const found = await this.people.byIds(unique);
    const byId = new Map(found.map((person) => [person.id, person]));
    return unique.flatMap((id) => byId.get(id) ?? []);
  }
}
