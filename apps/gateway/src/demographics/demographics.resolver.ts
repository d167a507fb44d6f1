import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { PersonDemographicsDto, PersonDto, RepresentationReportDto } from '@groundwork/contracts';
import { RpcClient } from '@groundwork/service-kit/client';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.model';
import { SetPersonDemographicsInput } from './demographics.input';
import { demographicsLoader } from './demographics.loaders';
import { PersonDemographics, RepresentationReport } from './demographics.model';

/** Self-described demographics: ADMIN and OWNER only, here and again in membership. */
@Resolver(() => Person)
export class DemographicsResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly rpc: RpcClient,
  ) {}

  @MinRole(Role.ADMIN)
  @ResolveField('demographics', () => PersonDemographics, {
    nullable: true,
    description: 'ADMIN and OWNER only; others get FORBIDDEN on this field.',
  })
  demographics(
    @Parent() person: PersonDto,
    @Context() context: GraphQLContext,
  ): Promise<PersonDemographicsDto | null> {
    return demographicsLoader(this.rpc, context).load(person.id);
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => PersonDemographics)
  setPersonDemographics(
    @Args('input') input: SetPersonDemographicsInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonDemographicsDto> {
    return this.services.request(context, 'membership.demographics.set', input);
  }

  @MinRole(Role.ADMIN)
  @Query(() => RepresentationReport)
  representationReport(@Context() context: GraphQLContext): Promise<RepresentationReportDto> {
    return this.services.request(context, 'membership.demographics.report', {});
  }
}
