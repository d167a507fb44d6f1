import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { PersonEntity } from './person.entity';
import { PersonErrors } from './person.errors';
import { PersonRepository } from './person.repository';
import { PersonStatusChangeRepository } from './person-status-change.repository';

/**
 * Archives a person. Idempotent: archiving an archived person returns it unchanged and emits no
 * second event, so a client may safely retry after a timeout.
 */
@Injectable()
export class ArchivePersonUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly people: PersonRepository,
    private readonly statusChanges: PersonStatusChangeRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(id: string): Promise<PersonEntity> {
    return this.unitOfWork.run(async () => {
      const person = await this.people.findForUpdate(id);
      if (!person) throw PersonErrors.notFound(id);
      if (person.isArchived) return person;
      const archivedAt = new Date();
      const previousStatus = person.status;
      person.archive(archivedAt);
      await this.people.save(person);
      await this.statusChanges.record(person.id, previousStatus, person.status, archivedAt);
      await this.outbox.append(membershipEvents.personArchived, {
        personId: person.id,
        archivedAt: archivedAt.toISOString(),
      });
      return person;
    });
  }
}
