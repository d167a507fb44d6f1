import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { LeaderRelationshipsDto, Page, PersonDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { ConnectionShape } from '../common/connection.model';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person, PersonConnection } from '../people/person.model';
import { LeaderRelationships, LeaderRelationshipsConnection } from './relationship.model';

/** Leadership coverage: who the leaders hold relationships with, and who no leader knows yet. */
@Resolver(() => LeaderRelationships)
export class LeaderRelationshipsResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @Query(() => LeaderRelationshipsConnection, {
    description:
      'Leaders (current ladder level counts as leader) with the current relationships they hold, most first.',
  })
  async leaderRelationships(
    @Args() args: PageArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<LeaderRelationshipsDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(
      context,
      'membership.relationship.per-leader',
      servicePage(slice),
    );
    return toConnection(page, slice);
  }

  @MinRole(Role.VIEWER)
  @Query(() => PersonConnection, {
    description:
      'People (not archived, not leaders) with no current relationship to any leader, newest first.',
  })
  async peopleWithoutLeaderRelationship(
    @Args() args: PageArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<PersonDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(
      context,
      'membership.relationship.unconnected-people',
      servicePage(slice),
    );
    const people = await context.loaders.person.loadMany(page.items.map((item) => item.personId));
    const found: Page<PersonDto> = {
      ...page,
      items: people.filter((person): person is PersonDto => person !== null && !(person instanceof Error)),
    };
    return toConnection(found, slice);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('person', () => Person, { nullable: true })
  person(
    @Parent() leader: LeaderRelationshipsDto,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto | null> {
    return context.loaders.person.load(leader.personId);
  }
}
