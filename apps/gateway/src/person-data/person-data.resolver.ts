import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { PersonDataDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { PersonDataArgs } from './person-data.args';
import { PersonData } from './person-data.model';

/** A person's complete data (ADMIN and OWNER; membership checks the same). */
@Resolver()
export class PersonDataResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.ADMIN)
  @Query(() => PersonData, { description: 'Everything membership holds about a person, as JSON.' })
  personData(@Args() args: PersonDataArgs, @Context() context: GraphQLContext): Promise<PersonDataDto> {
    return this.services.request(context, 'membership.person.data.get', { personId: args.personId });
  }
}
