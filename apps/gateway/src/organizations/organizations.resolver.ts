import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  uuid,
  type AffiliationDto,
  type MembershipRpc,
  type OrganizationDto,
  type PersonDto,
  type RpcRequest,
} from '@groundwork/contracts';
import { RpcClient } from '@groundwork/service-kit/client';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { ConnectionShape } from '../common/connection.model';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { badUserInput } from '../common/graphql-errors';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.model';
import { AffiliationsArgs, OrganizationArgs, OrganizationsArgs } from './organizations.args';
import { organizationLoader } from './organizations.loaders';
import {
  ArchiveOrganizationInput,
  CreateOrganizationInput,
  UpdateOrganizationInput,
} from './organization.input';
import { AffiliationConnection, Organization, OrganizationConnection } from './organization.model';

type CreateOrganizationRequest = RpcRequest<MembershipRpc['membership.organization.create']>;

const organizationId = uuid();

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly rpc: RpcClient,
  ) {}

  @MinRole(Role.VIEWER)
  @Query(() => Organization, {
    nullable: true,
    description: 'Null when the coalition has no such organization.',
  })
  organization(
    @Args() args: OrganizationArgs,
    @Context() context: GraphQLContext,
  ): Promise<OrganizationDto | null> {
    if (!organizationId.safeParse(args.id).success)
      throw badUserInput([{ field: 'id', message: 'must be a UUID' }]);
    return organizationLoader(this.rpc, context).load(args.id);
  }

  @MinRole(Role.VIEWER)
  @Query(() => OrganizationConnection, { description: 'Alphabetical by name.' })
  async organizations(
    @Args() args: OrganizationsArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<OrganizationDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.organization.list', {
      ...servicePage(slice),
      ...(args.search ? { search: args.search } : {}),
      ...(args.types ? { types: args.types } : {}),
      ...(args.statuses ? { statuses: args.statuses } : {}),
      includeArchived: args.includeArchived ?? false,
    });
    return toConnection(page, slice);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Organization)
  createOrganization(
    @Args('input') input: CreateOrganizationInput,
    @Context() context: GraphQLContext,
  ): Promise<OrganizationDto> {
    return this.services.request(context, 'membership.organization.create', createRequest(input));
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Organization)
  updateOrganization(
    @Args('input') input: UpdateOrganizationInput,
    @Context() context: GraphQLContext,
  ): Promise<OrganizationDto> {
    const { contactPersonIds, ...fields } = input;
    return this.services.request(context, 'membership.organization.update', {
      ...(fields as RpcRequest<MembershipRpc['membership.organization.update']>),
      ...(contactPersonIds !== undefined ? { contactPersonIds: contactPersonIds ?? [] } : {}),
    });
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Organization, { description: 'Idempotent; affiliations stay as history.' })
  archiveOrganization(
    @Args('input') input: ArchiveOrganizationInput,
    @Context() context: GraphQLContext,
  ): Promise<OrganizationDto> {
    return this.services.request(context, 'membership.organization.archive', input);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('contacts', () => [Person], { description: 'People of the coalition who are its contacts.' })
  async contacts(
    @Parent() organization: OrganizationDto,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto[]> {
    const people = await context.loaders.person.loadMany(organization.contactPersonIds);
    return people.filter((person): person is PersonDto => person !== null && !(person instanceof Error));
  }

  @MinRole(Role.VIEWER)
  @ResolveField('people', () => AffiliationConnection, {
    description: "The organization's people: open affiliations first, then newest first.",
  })
  async people(
    @Parent() organization: OrganizationDto,
    @Args() args: AffiliationsArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<AffiliationDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.affiliation.list-by-organization', {
      ...servicePage(slice),
      organizationId: organization.id,
      includeEnded: args.includeEnded ?? false,
    });
    return toConnection(page, slice);
  }
}

/** On creation a null means "not given". */
function createRequest(input: CreateOrganizationInput): CreateOrganizationRequest {
  const { membershipStatus, contactPersonIds, ...fields } = input;
  return {
    ...(fields as CreateOrganizationRequest),
    ...(membershipStatus ? { membershipStatus } : {}),
    ...(contactPersonIds ? { contactPersonIds } : {}),
  };
}
