import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { DomainError, OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { NoteAuthor } from './note-author';
import { PersonExistence } from './person-existence';
import type { PersonNote } from './person-note';
import { PersonNoteRepository } from './person-note.repository';

/** Adds a note to a living person; the event carries ids, never the text. */
@Injectable()
export class CreatePersonNoteUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly people: PersonExistence,
    private readonly author: NoteAuthor,
    private readonly notes: PersonNoteRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.person-note.create'>): Promise<PersonNote> {
    return this.unitOfWork.run(async () => {
      const writer = await this.author.resolve();
      const person = await this.people.status(input.personId);
      if (!person) throw DomainError.notFound('person', input.personId);
      if (person === 'archived')
        throw DomainError.conflict(`person ${input.personId} is archived and cannot be changed`);
      const note: PersonNote = {
        tenantId: this.context.tenantId(),
        id: randomUUID(),
        personId: input.personId,
        authorId: writer.kind === 'user' ? writer.userId : null,
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
