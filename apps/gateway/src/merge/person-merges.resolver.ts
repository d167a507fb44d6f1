import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { PersonDto, PersonIdResolutionDto, PersonMergeDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.model';
import { PersonMergesArgs, ResolvePersonIdsArgs } from './merge.args';
import { MergePeopleInput } from './merge.input';
import { PersonIdResolution, PersonMerge, PersonMergeConnection } from './person-merge.model';

/** Merging people, the record of merges, and where merged-away ids went. */
@Resolver(() => PersonMerge)
export class PersonMergesResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.ORGANIZER)
  @Mutation(() => PersonMerge, {
    description:
      'Merges one person into another: the kept person takes every record of the other, who is then deleted.',
  })
  mergePeople(
    @Args('input') input: MergePeopleInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonMergeDto> {
    return this.services.request(context, 'membership.person.merge', {
      keptPersonId: input.keptPersonId,
      mergedPersonId: input.mergedPersonId,
      fieldsFromMerged: input.fieldsFromMerged ?? [],
    });
  }

  @MinRole(Role.ORGANIZER)
  @Query(() => PersonMergeConnection, { description: 'Merges, newest first.' })
  async personMerges(
    @Args() args: PersonMergesArgs,
    @Context() context: GraphQLContext,
  ): Promise<PersonMergeConnection> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.person.merges.list', {
      ...servicePage(slice),
      ...(args.personId ? { personId: args.personId } : {}),
    });
    return toConnection(page, slice);
  }

  @MinRole(Role.VIEWER)
  @Query(() => [PersonIdResolution], {
    description: '`person` answers null for a merged-away or erased id; this says where it went.',
  })
  resolvePersonIds(
    @Args() args: ResolvePersonIdsArgs,
    @Context() context: GraphQLContext,
  ): Promise<PersonIdResolutionDto[]> {
    return this.services.request(context, 'membership.person.resolve-ids', { ids: args.ids });
  }

  @MinRole(Role.ORGANIZER)
  @ResolveField('keptPerson', () => Person, { nullable: true })
  keptPerson(@Parent() merge: PersonMergeDto, @Context() context: GraphQLContext): Promise<PersonDto | null> {
    return context.loaders.person.load(merge.keptPersonId);
  }
}
