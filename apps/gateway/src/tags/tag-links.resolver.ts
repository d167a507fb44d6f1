import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { TagDto, TagGroupDto } from '@groundwork/contracts';
import { RpcClient } from '@groundwork/service-kit/client';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { GraphQLContext } from '../graphql/graphql-context';
import { tagGroupLoader, tagPeopleCountLoader, tagsByGroupLoader } from './tag.loaders';
import { Tag, TagGroup } from './tag.model';

@Resolver(() => Tag)
export class TagResolver {
  constructor(private readonly rpc: RpcClient) {}

  @MinRole(Role.VIEWER)
  @ResolveField('group', () => TagGroup, { nullable: true })
  group(@Parent() tag: TagDto, @Context() context: GraphQLContext): Promise<TagGroupDto | null> {
    return tag.groupId ? tagGroupLoader(this.rpc, context).load(tag.groupId) : Promise.resolve(null);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('peopleCount', () => Int, { description: 'Living (not archived) people who carry the tag.' })
  peopleCount(@Parent() tag: TagDto, @Context() context: GraphQLContext): Promise<number> {
    return tagPeopleCountLoader(this.rpc, context).load(tag.id);
  }
}

@Resolver(() => TagGroup)
export class TagGroupResolver {
  constructor(private readonly rpc: RpcClient) {}

  @MinRole(Role.VIEWER)
  @ResolveField('tags', () => [Tag], { description: 'Sorted by name.' })
  tags(@Parent() group: TagGroupDto, @Context() context: GraphQLContext): Promise<TagDto[]> {
    return tagsByGroupLoader(this.rpc, context).load(group.id);
  }
}
