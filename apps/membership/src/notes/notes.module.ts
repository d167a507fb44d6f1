import { Module } from '@nestjs/common';
import { CreatePersonNoteUseCase } from './create-person-note.use-case';
import { ListPersonNotesUseCase } from './list-person-notes.use-case';
import { NotesRpcController } from './notes.rpc-controller';
import { PersonExistence } from './person-existence';
import { PersonNoteRepository } from './person-note.repository';
import { UpdatePersonNoteUseCase } from './update-person-note.use-case';
import { ActingMemberModule } from '../users/acting-member.module';

/** Notes organizers write about people. */
@Module({
  imports: [ActingMemberModule],
  providers: [
    PersonExistence,
    PersonNoteRepository,
    CreatePersonNoteUseCase,
    UpdatePersonNoteUseCase,
    ListPersonNotesUseCase,
    NotesRpcController,
  ],
  exports: [PersonExistence],
})
export class NotesModule {}
