import { Injectable } from '@nestjs/common';
import type { Page } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { decodeTimeCursor, encodeTimeCursor } from '../timeline/time-cursor';
import { PersonExistence } from './person-existence';
import type { PersonNote } from './person-note';
import { PersonNoteRepository } from './person-note.repository';
import { PersonErrors } from '../people/person.errors';

/** A person's notes, newest first. */
@Injectable()
export class ListPersonNotesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly people: PersonExistence,
    private readonly notes: PersonNoteRepository,
  ) {}

  execute(input: MembershipRequest<'membership.person-note.list'>): Promise<Page<PersonNote>> {
    const after = input.after ? decodeTimeCursor(input.after) : undefined;
    return this.unitOfWork.run(async () => {
      if (!(await this.people.status(input.personId))) throw PersonErrors.notFound(input.personId);
      const rows = await this.notes.page(input.personId, input.first + 1, after);
      const items = rows.slice(0, input.first);
      const last = items.at(-1);
      return {
        items,
        totalCount: await this.notes.count(input.personId),
        hasNextPage: rows.length > input.first,
        endCursor: last ? encodeTimeCursor({ at: last.createdAt, id: last.id }) : null,
      };
    });
  }
}
