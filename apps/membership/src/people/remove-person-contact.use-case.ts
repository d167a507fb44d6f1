import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { extrasField, primaryOf, setPrimary } from './contact-points';
import { PersonContactInput, type ContactRequest } from './person-contact-input';
import { PersonContactsRepository } from './person-contacts.repository';
import type { PersonEntity } from './person.entity';
import { PersonErrors } from './person.errors';
import { PersonRepository } from './person.repository';

/** Removes an email or phone; removing the primary one promotes the oldest further one, if any. */
@Injectable()
export class RemovePersonContactUseCase {
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
      const now = new Date();
      let changedFields: string[];
      if (primaryOf(person, kind).value === value) {
        const [next] = await this.contacts.listFor(kind, [personId]);
        if (next) await this.contacts.remove(kind, personId, next.value);
        changedFields = setPrimary(person, kind, next?.value ?? null, next?.sms ?? false, now);
        if (next) changedFields.push(extrasField(kind));
      } else {
        if (!(await this.contacts.remove(kind, personId, value))) throw PersonErrors.contactNotFound(kind);
        person.updatedAt = now;
        changedFields = [extrasField(kind)];
      }
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
