import { Injectable } from '@nestjs/common';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import type { PersonNote } from './person-note';
import { PersonNoteRepository } from './person-note.repository';
import { PersonNoteErrors } from './person-note.errors';
import { ActingMember, type Acting } from '../users/acting-member';

/** Edits a note's text: its author may, and so may ADMIN and OWNER users; API tokens may not. */
@Injectable()
export class UpdatePersonNoteUseCase {
  constructor(
    private readonly context: TenantContext,
    private readonly unitOfWork: UnitOfWork,
    private readonly acting: ActingMember,
    private readonly notes: PersonNoteRepository,
  ) {}

  execute(input: MembershipRequest<'membership.person-note.update'>): Promise<PersonNote> {
    return this.unitOfWork.run(async () => {
      const writer = await this.acting.resolve(this.context.tenantId(), 'editing a note');
      const note = await this.notes.findForUpdate(input.id);
      if (!note) throw PersonNoteErrors.notFound(input.id);
      if (!mayEdit(writer, note)) throw PersonNoteErrors.editForbidden();
      if (note.body === input.body) return note;
      const edited = { ...note, body: input.body, editedAt: new Date() };
      await this.notes.updateBody(edited);
      return edited;
    });
  }
}

function mayEdit(writer: Acting, note: PersonNote): boolean {
  if (writer.kind !== 'user') return false;
  return writer.userId === note.authorId || writer.role === 'ADMIN' || writer.role === 'OWNER';
}
