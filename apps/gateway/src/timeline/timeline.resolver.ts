import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { PersonDto, TimelineEntryDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.model';
import { CoalitionUser } from '../users/user.model';
import { TimelineEntry, TimelineEntryConnection } from './timeline.model';

/** `Person.timeline` (one request per person: meant for one profile at a time) and its actors. */
@Resolver(() => Person)
export class TimelineResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @ResolveField('timeline', () => TimelineEntryConnection, { description: 'Newest first.' })
  async timeline(
    @Parent() person: PersonDto,
    @Args() args: PageArgs,
    @Context() context: GraphQLContext,
  ): Promise<TimelineEntryConnection> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.person.timeline', {
      personId: person.id,
      ...servicePage(slice),
    });
    return toConnection(page, slice);
  }
}

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  @MinRole(Role.VIEWER)
  @ResolveField('actor', () => CoalitionUser, {
    nullable: true,
    description: 'Null for API tokens, the system and former members.',
  })
  actor(
    @Parent() entry: TimelineEntryDto,
    @Context() context: GraphQLContext,
  ): Promise<CoalitionUser | null> {
    return entry.actorId ? context.loaders.user.load(entry.actorId) : Promise.resolve(null);
  }
}
