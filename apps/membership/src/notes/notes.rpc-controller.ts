import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { CreatePersonNoteUseCase } from './create-person-note.use-case';
import { ListPersonNotesUseCase } from './list-person-notes.use-case';
import { toPersonNoteDto } from './person-note.mapper';
import { UpdatePersonNoteUseCase } from './update-person-note.use-case';

/** NATS adapter for notes on people. */
@Injectable()
export class NotesRpcController {
  constructor(
    private readonly createNote: CreatePersonNoteUseCase,
    private readonly updateNote: UpdatePersonNoteUseCase,
    private readonly listNotes: ListPersonNotesUseCase,
  ) {}

  @RpcHandler('membership.person-note.create')
  async create(
    input: MembershipRequest<'membership.person-note.create'>,
  ): Promise<MembershipReply<'membership.person-note.create'>> {
    return toPersonNoteDto(await this.createNote.execute(input));
  }

  @RpcHandler('membership.person-note.update')
  async update(
    input: MembershipRequest<'membership.person-note.update'>,
  ): Promise<MembershipReply<'membership.person-note.update'>> {
    return toPersonNoteDto(await this.updateNote.execute(input));
  }

  @RpcHandler('membership.person-note.list')
  async list(
    input: MembershipRequest<'membership.person-note.list'>,
  ): Promise<MembershipReply<'membership.person-note.list'>> {
    const page = await this.listNotes.execute(input);
    return { ...page, items: page.items.map(toPersonNoteDto) };
  }
}
