import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { extrasField, primaryOf, setPrimary } from './contact-points';
import { PersonContactInput, type ContactRequest } from './person-contact-input';
import { PersonContactsRepository } from './person-contacts.repository';
import type { PersonEntity } from './person.entity';
import { PersonErrors } from './person.errors';
import { PersonRepository } from './person.repository';

/**
 * Swaps one of a person's further emails or phones with the primary: the former primary becomes a
 * further one (a phone keeps its SMS flag either way). A primary email must stay unique among the
 * coalition's living people, so the swap can answer CONFLICT on `email`.
 */
@Injectable()
export class MakeContactPrimaryUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly people: PersonRepository,
    private readonly contacts: PersonContactsRepository,
    private readonly input: PersonContactInput,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(request: ContactRequest): Promise<PersonEntity> {
    const value = this.input.normalize(request);
    const { kind, personId } = request;
    return this.unitOfWork.run(async () => {
      const person = await this.people.findForUpdate(personId);
      if (!person) throw PersonErrors.notFound(personId);
      if (person.isArchived) throw PersonErrors.archived(personId);
      const primary = primaryOf(person, kind);
      if (primary.value === value) return person;
      const chosen = (await this.contacts.listFor(kind, [personId])).find(
        (contact) => contact.value === value,
      );
      if (!chosen) throw PersonErrors.contactNotFound(kind);
      const now = new Date();
      await this.contacts.remove(kind, personId, value);
      if (primary.value !== null) {
        await this.contacts.upsert(kind, { personId, value: primary.value, sms: primary.sms }, now);
      }
      const changedFields = [...setPrimary(person, kind, chosen.value, chosen.sms, now), extrasField(kind)];
      await this.people.save(person);
      await this.outbox.append(membershipEvents.personUpdated, {
        personId,
        changedFields,
        updatedAt: person.updatedAt.toISOString(),
      });
      return person;
    });
  }
}
