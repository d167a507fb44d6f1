import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { CustomFieldValues } from '../custom-fields/custom-field-values';
import { PersonContactsRepository } from './person-contacts.repository';
import { PersonDetailsNormalizer, type UpdatePersonInput } from './person-details.normalizer';
import { PersonReferences } from './person-references';
import { PersonStatusChangeRepository } from './person-status-change.repository';
import type { PersonEntity } from './person.entity';
import { PersonErrors } from './person.errors';
import { PersonRepository } from './person.repository';

/**
 * Changes the fields the request names; a request that changes nothing writes nothing. A status
 * change is recorded for the timeline; a new primary email or phone that was one of the person's
 * further ones leaves that list.
 */
@Injectable()
export class UpdatePersonUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly people: PersonRepository,
    private readonly normalizer: PersonDetailsNormalizer,
    private readonly customFields: CustomFieldValues,
    private readonly references: PersonReferences,
    private readonly contacts: PersonContactsRepository,
    private readonly statusChanges: PersonStatusChangeRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute({ id, ...fields }: UpdatePersonInput): Promise<PersonEntity> {
    const requested = this.normalizer.forUpdate(fields);
    return this.unitOfWork.run(async () => {
      const person = await this.people.findForUpdate(id);
      if (!person) throw PersonErrors.notFound(id);
      if (person.isArchived) throw PersonErrors.archived(id);
      const previousStatus = person.status;
      const customFields = await this.customFields.merge(person.customFields, requested.customFields, false);
      const now = new Date();
      const changedFields = person.applyChanges({ ...requested.details, customFields }, now);
      if (changedFields.length === 0) return person;
      await this.references.check(person, changedFields);
      await this.people.save(person);
      if (changedFields.includes('email') && person.email)
        await this.contacts.remove('email', id, person.email);
      if (changedFields.includes('phone') && person.phone)
        await this.contacts.remove('phone', id, person.phone);
      if (person.status !== previousStatus)
        await this.statusChanges.record(id, previousStatus, person.status, now);
      await this.outbox.append(membershipEvents.personUpdated, {
        personId: person.id,
        changedFields,
        updatedAt: person.updatedAt.toISOString(),
      });
      return person;
    });
  }
}
