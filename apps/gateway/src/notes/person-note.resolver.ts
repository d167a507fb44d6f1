import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { PersonNoteDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CoalitionUser } from '../users/user.model';
import { PersonNote } from './note.model';

@Resolver(() => PersonNote)
export class PersonNoteResolver {
  @MinRole(Role.VIEWER)
  @ResolveField('author', () => CoalitionUser, {
    nullable: true,
    description: 'Null for API tokens and former members.',
  })
  author(@Parent() note: PersonNoteDto, @Context() context: GraphQLContext): Promise<CoalitionUser | null> {
    return note.authorId ? context.loaders.user.load(note.authorId) : Promise.resolve(null);
  }
}
