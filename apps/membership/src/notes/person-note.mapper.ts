import type { PersonNoteDto } from '@groundwork/contracts';
import type { PersonNote } from './person-note';

export function toPersonNoteDto(note: PersonNote): PersonNoteDto {
  return {
    id: note.id,
    personId: note.personId,
    authorId: note.authorId,
    body: note.body,
    createdAt: note.createdAt.toISOString(),
    editedAt: note.editedAt?.toISOString() ?? null,
  };
}
