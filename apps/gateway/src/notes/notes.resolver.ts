import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { PersonDto, PersonNoteDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.model';
import { AddPersonNoteInput, UpdatePersonNoteInput } from './note.input';
import { PersonNoteConnection } from './note.model';
import { PersonNote } from './note.model';

/** Notes on a person: `Person.notes` (one request per person: meant for one profile at a time). */
@Resolver(() => Person)
export class NotesResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @ResolveField('notes', () => PersonNoteConnection, { description: 'Newest first.' })
  async notes(
    @Parent() person: PersonDto,
    @Args() args: PageArgs,
    @Context() context: GraphQLContext,
  ): Promise<PersonNoteConnection> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.person-note.list', {
      personId: person.id,
      ...servicePage(slice),
    });
    return toConnection(page, slice);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => PersonNote)
  addPersonNote(
    @Args('input') input: AddPersonNoteInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonNoteDto> {
    return this.services.request(context, 'membership.person-note.create', input);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => PersonNote)
  updatePersonNote(
    @Args('input') input: UpdatePersonNoteInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonNoteDto> {
    return this.services.request(context, 'membership.person-note.update', input);
  }
}
