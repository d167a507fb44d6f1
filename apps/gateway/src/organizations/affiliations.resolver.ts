import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AffiliationDto, OrganizationDto, PersonDto } from '@groundwork/contracts';
import { RpcClient } from '@groundwork/service-kit/client';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { ConnectionShape } from '../common/connection.model';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.model';
import { AffiliationsArgs } from './organizations.args';
import { organizationLoader } from './organizations.loaders';
import { AddAffiliationInput, EndAffiliationInput, RemoveAffiliationInput } from './organization.input';
import { Affiliation, AffiliationConnection, Organization, RemovedRecord } from './organization.model';

@Resolver(() => Affiliation)
export class AffiliationsResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly rpc: RpcClient,
  ) {}

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Affiliation, { description: 'A person has at most one open affiliation per organization.' })
  addAffiliation(
    @Args('input') input: AddAffiliationInput,
    @Context() context: GraphQLContext,
  ): Promise<AffiliationDto> {
    return this.services.request(context, 'membership.affiliation.add', input);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Affiliation, { description: 'Ends an open affiliation; it stays as history.' })
  endAffiliation(
    @Args('input') input: EndAffiliationInput,
    @Context() context: GraphQLContext,
  ): Promise<AffiliationDto> {
    const { endedOn, ...fields } = input;
    return this.services.request(context, 'membership.affiliation.end', {
      ...fields,
      ...(endedOn ? { endedOn } : {}),
    });
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => RemovedRecord, { description: 'Deletes an affiliation recorded by mistake.' })
  async removeAffiliation(
    @Args('input') input: RemoveAffiliationInput,
    @Context() context: GraphQLContext,
  ): Promise<RemovedRecord> {
    await this.services.request(context, 'membership.affiliation.remove', input);
    return { id: input.id };
  }

  @MinRole(Role.VIEWER)
  @ResolveField('person', () => Person, { nullable: true })
  person(
    @Parent() affiliation: AffiliationDto,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto | null> {
    return context.loaders.person.load(affiliation.personId);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('organization', () => Organization, { nullable: true })
  organization(
    @Parent() affiliation: AffiliationDto,
    @Context() context: GraphQLContext,
  ): Promise<OrganizationDto | null> {
    return organizationLoader(this.rpc, context).load(affiliation.organizationId);
  }
}

/** A person's organizations, as a field of Person. */
@Resolver(() => Person)
export class PersonAffiliationsResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @ResolveField('affiliations', () => AffiliationConnection, {
    description: "The person's organizations: open affiliations first, then newest first.",
  })
  async affiliations(
    @Parent() person: PersonDto,
    @Args() args: AffiliationsArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<AffiliationDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.affiliation.list-by-person', {
      ...servicePage(slice),
      personId: person.id,
      includeEnded: args.includeEnded ?? false,
    });
    return toConnection(page, slice);
  }
}
