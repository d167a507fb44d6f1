import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { PersonDataDto, PersonErasureDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { PersonDataArgs } from './duplicates.args';
import { ErasePersonInput } from './duplicates.input';
import { PersonData, PersonErasure } from './duplicates.model';

/** A person's complete data and their erasure (ADMIN and OWNER; membership checks the same). */
@Resolver()
export class PersonDataResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.ADMIN)
  @Query(() => PersonData, { description: 'Everything membership holds about a person, as JSON.' })
  personData(@Args() args: PersonDataArgs, @Context() context: GraphQLContext): Promise<PersonDataDto> {
    return this.services.request(context, 'membership.person.data.get', { personId: args.personId });
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => PersonErasure, {
    description:
      'Erases a person from membership for good; other services erase theirs on the event. Cannot be undone.',
  })
  erasePerson(
    @Args('input') input: ErasePersonInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonErasureDto> {
    return this.services.request(context, 'membership.person.erase', {
      personId: input.personId,
      confirmation: input.confirmation as 'ERASE',
    });
  }
}
