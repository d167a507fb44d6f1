import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { extrasField, MAX_EXTRA_CONTACTS, primaryOf, setPrimary } from './contact-points';
import { PersonContactInput, type ContactRequest } from './person-contact-input';
import { PersonContactsRepository } from './person-contacts.repository';
import type { PersonEntity } from './person.entity';
import { PersonErrors } from './person.errors';
import { PersonRepository } from './person.repository';

/**
 * Adds an email or phone to a person. A person without a primary one gets it as primary; one the
 * person already has is left as it is (for a phone, its SMS flag is set to the one asked).
 */
@Injectable()
export class AddPersonContactUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly people: PersonRepository,
    private readonly contacts: PersonContactsRepository,
    private readonly input: PersonContactInput,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(request: ContactRequest & { sms: boolean }): Promise<PersonEntity> {
    const value = this.input.normalize(request);
    const { kind, personId } = request;
    const sms = kind === 'phone' && request.sms;
    return this.unitOfWork.run(async () => {
      const person = await this.people.findForUpdate(personId);
      if (!person) throw PersonErrors.notFound(personId);
      if (person.isArchived) throw PersonErrors.archived(personId);
      const now = new Date();
      const primary = primaryOf(person, kind);
      let changedFields: string[];
      if (primary.value === null || primary.value === value) {
        changedFields = setPrimary(person, kind, value, sms, now);
        if (changedFields.length > 0) await this.people.save(person);
      } else {
        const existing = (await this.contacts.listFor(kind, [personId])).find(
          (contact) => contact.value === value,
        );
        if (!existing && (await this.contacts.count(kind, personId)) >= MAX_EXTRA_CONTACTS) {
          throw PersonErrors.tooManyContacts(kind, MAX_EXTRA_CONTACTS);
        }
        if (existing && existing.sms === sms) return person;
        await this.contacts.upsert(kind, { personId, value, sms }, now);
        person.updatedAt = now;
        await this.people.save(person);
        changedFields = [extrasField(kind)];
      }
      if (changedFields.length > 0) {
        await this.outbox.append(membershipEvents.personUpdated, {
          personId,
          changedFields,
          updatedAt: person.updatedAt.toISOString(),
        });
      }
      return person;
    });
  }
}
