import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { PersonExistence } from './person-existence';
import type { PersonNote } from './person-note';
import { PersonNoteRepository } from './person-note.repository';
import { PersonErrors } from '../people/person.errors';
import { ActingMember, actingUserId } from '../users/acting-member';

/** Adds a note to a living person; the event carries ids, never the text. */
@Injectable()
export class CreatePersonNoteUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly people: PersonExistence,
    private readonly acting: ActingMember,
    private readonly notes: PersonNoteRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.person-note.create'>): Promise<PersonNote> {
    return this.unitOfWork.run(async () => {
      const writer = await this.acting.resolve(this.context.tenantId(), 'writing a note');
      const person = await this.people.status(input.personId);
      if (!person) throw PersonErrors.notFound(input.personId);
      if (person === 'archived') throw PersonErrors.archived(input.personId);
      const note: PersonNote = {
        tenantId: this.context.tenantId(),
        id: randomUUID(),
        personId: input.personId,
        authorId: actingUserId(writer),
        body: input.body,
        createdAt: new Date(),
        editedAt: null,
      };
      await this.notes.insert(note);
      await this.outbox.append(membershipEvents.personNoteAdded, {
        personId: note.personId,
        noteId: note.id,
        authorId: note.authorId,
        createdAt: note.createdAt.toISOString(),
      });
      return note;
    });
  }
}
