import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { PersonErasureDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { ErasePersonInput } from './erasure.input';
import { PersonErasure } from './person-erasure.model';

/** A person's erasure (ADMIN and OWNER; membership checks the same). */
@Resolver()
export class ErasureResolver {
  constructor(private readonly services: ServiceRpc) {}

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
