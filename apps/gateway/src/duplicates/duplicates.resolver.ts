import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DuplicateCandidateDto, PersonDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.model';
import { DuplicateCandidatesArgs } from './duplicates.args';
import { DismissDuplicateInput, RefreshDuplicatesInput } from './duplicates.input';
import { DuplicateCandidate, DuplicateCandidateConnection, DuplicatesRefresh } from './duplicates.model';

/** The duplicates review queue (organizers and above). */
@Resolver(() => DuplicateCandidate)
export class DuplicatesResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.ORGANIZER)
  @Query(() => DuplicateCandidateConnection, {
    description: 'Candidate pairs of one status, likeliest first.',
  })
  async duplicateCandidates(
    @Args() args: DuplicateCandidatesArgs,
    @Context() context: GraphQLContext,
  ): Promise<DuplicateCandidateConnection> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.duplicates.list', {
      ...servicePage(slice),
      status: args.status ?? 'OPEN',
    });
    return toConnection(page, slice);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => DuplicatesRefresh, {
    description: 'Finds candidates again, across the coalition or among some people.',
  })
  refreshDuplicates(
    @Args('input') input: RefreshDuplicatesInput,
    @Context() context: GraphQLContext,
  ): Promise<DuplicatesRefresh> {
    return this.services.request(
      context,
      'membership.duplicates.refresh',
      input.personIds ? { personIds: input.personIds } : {},
    );
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => DuplicateCandidate, { description: 'Not a duplicate: the pair never comes back.' })
  dismissDuplicate(
    @Args('input') input: DismissDuplicateInput,
    @Context() context: GraphQLContext,
  ): Promise<DuplicateCandidateDto> {
    return this.services.request(context, 'membership.duplicates.dismiss', {
      candidateId: input.candidateId,
    });
  }

  @MinRole(Role.ORGANIZER)
  @ResolveField('firstPerson', () => Person, {
    nullable: true,
    description: 'Null once merged away or erased.',
  })
  firstPerson(
    @Parent() candidate: DuplicateCandidateDto,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto | null> {
    return context.loaders.person.load(candidate.firstPersonId);
  }

  @MinRole(Role.ORGANIZER)
  @ResolveField('secondPerson', () => Person, {
    nullable: true,
    description: 'Null once merged away or erased.',
  })
  secondPerson(
    @Parent() candidate: DuplicateCandidateDto,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto | null> {
    return context.loaders.person.load(candidate.secondPersonId);
  }
}
