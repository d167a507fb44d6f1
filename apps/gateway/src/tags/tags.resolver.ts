import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { BulkTagResultDto, TagDto, TagGroupDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { ConnectionShape } from '../common/connection.model';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { nullsAsDefaults, refuseNulls } from '../ladder/input-nulls';
import { RemovedRecord } from '../organizations/organization.model';
import {
  BulkTagInput,
  CreateTagGroupInput,
  CreateTagInput,
  DeleteTagGroupInput,
  DeleteTagInput,
  MergeTagsInput,
  UpdateTagGroupInput,
  UpdateTagInput,
} from './tag.input';
import { BulkTagResult, Tag, TagConnection, TagGroup } from './tag.model';

/**
 * The tag catalogue and bulk tagging. Organizers tag people and add tags and groups (any name used on
 * a person joins the catalogue anyway); renaming, merging and deleting change every person in the
 * coalition at once, so they take an ADMIN.
 */
@Resolver()
export class TagsResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @Query(() => [TagGroup], { description: 'Sorted by name.' })
  tagGroups(@Context() context: GraphQLContext): Promise<TagGroupDto[]> {
    return this.services.request(context, 'membership.tag-group.list', {});
  }

  @MinRole(Role.VIEWER)
  @Query(() => TagConnection, {
    description: 'The catalogue, sorted by name: every tag defined or used on a person.',
  })
  async tags(@Args() args: PageArgs, @Context() context: GraphQLContext): Promise<ConnectionShape<TagDto>> {
    const slice = pageSlice(args);
    return toConnection(
      await this.services.request(context, 'membership.tag.list', servicePage(slice)),
      slice,
    );
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => TagGroup)
  createTagGroup(
    @Args('input') input: CreateTagGroupInput,
    @Context() context: GraphQLContext,
  ): Promise<TagGroupDto> {
    return this.services.request(context, 'membership.tag-group.create', nullsAsDefaults(input));
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => TagGroup)
  updateTagGroup(
    @Args('input') input: UpdateTagGroupInput,
    @Context() context: GraphQLContext,
  ): Promise<TagGroupDto> {
    return this.services.request(context, 'membership.tag-group.update', refuseNulls(input));
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => RemovedRecord, { description: 'Its tags stay, without a group.' })
  async deleteTagGroup(
    @Args('input') input: DeleteTagGroupInput,
    @Context() context: GraphQLContext,
  ): Promise<RemovedRecord> {
    await this.services.request(context, 'membership.tag-group.delete', { id: input.id });
    return { id: input.id };
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Tag)
  createTag(@Args('input') input: CreateTagInput, @Context() context: GraphQLContext): Promise<TagDto> {
    return this.services.request(context, 'membership.tag.create', nullsAsDefaults(input));
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => Tag, { description: 'A new name is applied to every person who has the tag.' })
  updateTag(@Args('input') input: UpdateTagInput, @Context() context: GraphQLContext): Promise<TagDto> {
    return this.services.request(
      context,
      'membership.tag.update',
      refuseNulls(input, ['groupId', 'colour'] as const),
    );
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => Tag, {
    description:
      'People tagged with the source get the target instead; the source leaves the catalogue. Returns the target.',
  })
  mergeTags(@Args('input') input: MergeTagsInput, @Context() context: GraphQLContext): Promise<TagDto> {
    return this.services.request(context, 'membership.tag.merge', {
      sourceId: input.sourceId,
      targetId: input.targetId,
    });
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => RemovedRecord, { description: 'Removes the tag from the catalogue and from every person.' })
  async deleteTag(
    @Args('input') input: DeleteTagInput,
    @Context() context: GraphQLContext,
  ): Promise<RemovedRecord> {
    await this.services.request(context, 'membership.tag.delete', { id: input.id });
    return { id: input.id };
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => BulkTagResult, { description: 'Adds a tag to up to 10,000 people at once.' })
  bulkTagPeople(
    @Args('input') input: BulkTagInput,
    @Context() context: GraphQLContext,
  ): Promise<BulkTagResultDto> {
    return this.services.request(context, 'membership.tag.bulk-apply', {
      tag: input.tag,
      personIds: input.personIds,
    });
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => BulkTagResult, { description: 'Removes a tag from up to 10,000 people at once.' })
  bulkUntagPeople(
    @Args('input') input: BulkTagInput,
    @Context() context: GraphQLContext,
  ): Promise<BulkTagResultDto> {
    return this.services.request(context, 'membership.tag.bulk-remove', {
      tag: input.tag,
      personIds: input.personIds,
    });
  }
}
