import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { PersonDetailsNormalizer, type UpdatePersonInput } from './person-details.normalizer';
import type { PersonEntity } from './person.entity';
import { PersonErrors } from './person.errors';
import { PersonRepository } from './person.repository';

/** Changes the fields the request names; a request that changes nothing writes nothing. */
@Injectable()
export class UpdatePersonUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly people: PersonRepository,
    private readonly normalizer: PersonDetailsNormalizer,
    private readonly outbox: OutboxWriter,
  ) {}

  execute({ id, ...fields }: UpdatePersonInput): Promise<PersonEntity> {
    const changes = this.normalizer.forUpdate(fields);
    return this.unitOfWork.run(async () => {
      const person = await this.people.findForUpdate(id);
      if (!person) throw PersonErrors.notFound(id);
      if (person.isArchived) throw PersonErrors.archived(id);
      const changedFields = person.applyChanges(changes, new Date());
      if (changedFields.length === 0) return person;
      await this.people.save(person);
      await this.outbox.append(membershipEvents.personUpdated, {
        personId: person.id,
        changedFields,
        updatedAt: person.updatedAt.toISOString(),
      });
      return person;
    });
  }
}
