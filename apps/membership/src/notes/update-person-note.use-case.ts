import { Injectable } from '@nestjs/common';
import { DomainError, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { NoteAuthor, type NoteWriter } from './note-author';
import type { PersonNote } from './person-note';
import { PersonNoteRepository } from './person-note.repository';

/** Edits a note's text: its author may, and so may ADMIN and OWNER users; API tokens may not. */
@Injectable()
export class UpdatePersonNoteUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly author: NoteAuthor,
    private readonly notes: PersonNoteRepository,
  ) {}

  execute(input: MembershipRequest<'membership.person-note.update'>): Promise<PersonNote> {
    return this.unitOfWork.run(async () => {
      const writer = await this.author.resolve();
      const note = await this.notes.findForUpdate(input.id);
      if (!note) throw DomainError.notFound('note', input.id);
      if (!mayEdit(writer, note))
        throw DomainError.forbidden('only its author or an ADMIN can edit this note');
      if (note.body === input.body) return note;
      const edited = { ...note, body: input.body, editedAt: new Date() };
      await this.notes.updateBody(edited);
      return edited;
    });
  }
}

function mayEdit(writer: NoteWriter, note: PersonNote): boolean {
  if (writer.kind !== 'user') return false;
  return writer.userId === note.authorId || writer.role === 'ADMIN' || writer.role === 'OWNER';
}
