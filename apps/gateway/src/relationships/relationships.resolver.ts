import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { PersonDto, RelationalGraphDto, RelationshipDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { ConnectionShape } from '../common/connection.model';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { RemovedRecord } from '../organizations/organization.model';
import { Person } from '../people/person.model';
import { RelationalGraphArgs } from './relationships.args';
import { CreateRelationshipInput, RemoveRelationshipInput } from './relationship.input';
import {
  RelationalGraph,
  RelationalGraphNode,
  Relationship,
  RelationshipConnection,
} from './relationship.model';

@Resolver(() => Relationship)
export class RelationshipsResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Relationship, { description: 'Both people must be living people of the coalition.' })
  createRelationship(
    @Args('input') input: CreateRelationshipInput,
    @Context() context: GraphQLContext,
  ): Promise<RelationshipDto> {
    return this.services.request(context, 'membership.relationship.create', input);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => RemovedRecord)
  async removeRelationship(
    @Args('input') input: RemoveRelationshipInput,
    @Context() context: GraphQLContext,
  ): Promise<RemovedRecord> {
    await this.services.request(context, 'membership.relationship.remove', input);
    return { id: input.id };
  }

  @MinRole(Role.VIEWER)
  @Query(() => RelationalGraph, {
    description: "A person's relational graph through current relationships, either direction, to depth 2.",
  })
  relationalGraph(
    @Args() args: RelationalGraphArgs,
    @Context() context: GraphQLContext,
  ): Promise<RelationalGraphDto> {
    return this.services.request(context, 'membership.relationship.graph', {
      personId: args.personId,
      ...(args.depth != null ? { depth: args.depth } : {}),
      ...(args.maxNodes != null ? { maxNodes: args.maxNodes } : {}),
    });
  }

  @MinRole(Role.VIEWER)
  @ResolveField('from', () => Person, { nullable: true })
  from(
    @Parent() relationship: RelationshipDto,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto | null> {
    return context.loaders.person.load(relationship.fromPersonId);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('to', () => Person, { nullable: true })
  to(@Parent() relationship: RelationshipDto, @Context() context: GraphQLContext): Promise<PersonDto | null> {
    return context.loaders.person.load(relationship.toPersonId);
  }
}

@Resolver(() => RelationalGraphNode)
export class RelationalGraphNodeResolver {
  @MinRole(Role.VIEWER)
  @ResolveField('person', () => Person, { nullable: true })
  person(@Parent() node: RelationalGraphNode, @Context() context: GraphQLContext): Promise<PersonDto | null> {
    return context.loaders.person.load(node.personId);
  }
}

/** A person's relationships, as a field of Person. */
@Resolver(() => Person)
export class PersonRelationshipsResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @ResolveField('relationships', () => RelationshipConnection, { description: 'Either side, newest first.' })
  async relationships(
    @Parent() person: PersonDto,
    @Args() args: PageArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<RelationshipDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.relationship.list-by-person', {
      ...servicePage(slice),
      personId: person.id,
    });
    return toConnection(page, slice);
  }
}
