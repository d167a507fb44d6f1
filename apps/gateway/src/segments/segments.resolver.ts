import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  uuid,
  type ExportColumnDto,
  type PersonDto,
  type SegmentDto,
  type SegmentFilterInput as SegmentFilterRequest,
} from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { ConnectionShape } from '../common/connection.model';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { badUserInput } from '../common/graphql-errors';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { RemovedRecord } from '../organizations/organization.model';
import { PersonConnection } from '../people/person.model';
import { SearchPeopleArgs, SegmentArgs, SegmentCountArgs, SegmentPeopleArgs } from './segment.args';
import {
  CreateSegmentInput,
  DeleteSegmentInput,
  UpdateSegmentInput,
  type SegmentFilterInput,
} from './segment.input';
import { ExportColumn, Segment, SegmentConnection } from './segment.model';
import { segmentCountLoader } from './segments.loaders';

const segmentId = uuid();

/**
 * People search and saved segments. Reading (search, segments, counts, members) is open to every
 * role that reads people; saving segments and listing export columns need ORGANIZER. The CSV export
 * itself is `GET /api/segments/:id/export.csv` (SegmentExportController).
 */
@Resolver(() => Segment)
export class SegmentsResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @Query(() => PersonConnection, { description: 'Ranked people search: best match first.' })
  async searchPeople(
    @Args() args: SearchPeopleArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<PersonDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.person.search', {
      ...servicePage(slice),
      query: args.query,
      includeArchived: args.includeArchived ?? false,
    });
    return toConnection(page, slice);
  }

  @MinRole(Role.VIEWER)
  @Query(() => SegmentConnection, { description: 'Saved segments, alphabetical.' })
  async segments(
    @Args() args: PageArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<Segment>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.segment.list', servicePage(slice));
    return toConnection({ ...page, items: page.items.map(toSegment) }, slice);
  }

  @MinRole(Role.VIEWER)
  @Query(() => Segment, { nullable: true, description: 'Null when the coalition has no such segment.' })
  async segment(@Args() args: SegmentArgs, @Context() context: GraphQLContext): Promise<Segment | null> {
    checkId('id', args.id);
    const [found] = await this.services.request(context, 'membership.segment.get-many', { ids: [args.id] });
    return found ? toSegment(found) : null;
  }

  @MinRole(Role.VIEWER)
  @Query(() => Int, { description: 'The live count of a filter being built (not saved).' })
  async segmentCount(@Args() args: SegmentCountArgs, @Context() context: GraphQLContext): Promise<number> {
    const result = await this.services.request(context, 'membership.segment.count', {
      filter: filterRequest(args.filter),
      ...(args.channel ? { channel: args.channel } : {}),
    });
    return result.count;
  }

  @MinRole(Role.VIEWER)
  @Query(() => PersonConnection, { description: "A saved segment's people, newest first." })
  async segmentPeople(
    @Args() args: SegmentPeopleArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<PersonDto>> {
    checkId('segmentId', args.segmentId);
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.segment.people', {
      ...servicePage(slice),
      segmentId: args.segmentId,
      ...(args.channel ? { channel: args.channel } : {}),
    });
    return toConnection(page, slice);
  }

  @MinRole(Role.ORGANIZER)
  @Query(() => [ExportColumn], {
    description: 'The columns a segment export may have, custom fields included.',
  })
  segmentExportColumns(@Context() context: GraphQLContext): Promise<ExportColumnDto[]> {
    return this.services.request(context, 'membership.segment.export-columns', {});
  }

  @MinRole(Role.VIEWER)
  @ResolveField(() => Int, { description: 'How many people are in the segment now.' })
  peopleCount(@Parent() segment: Segment, @Context() context: GraphQLContext): Promise<number> {
    return segmentCountLoader(this.services, context).load(segment.id);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Segment)
  async createSegment(
    @Args('input') input: CreateSegmentInput,
    @Context() context: GraphQLContext,
  ): Promise<Segment> {
    const segment = await this.services.request(context, 'membership.segment.create', {
      name: input.name,
      ...(input.description != null ? { description: input.description } : {}),
      filter: filterRequest(input.filter),
    });
    return toSegment(segment);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Segment, {
    description: 'Fields left out stay as they are; a filter given replaces the whole filter.',
  })
  async updateSegment(
    @Args('input') input: UpdateSegmentInput,
    @Context() context: GraphQLContext,
  ): Promise<Segment> {
    if (input.name === null) throw badUserInput([{ field: 'name', message: 'must not be null' }]);
    const segment = await this.services.request(context, 'membership.segment.update', {
      id: input.id,
      ...(input.name != null ? { name: input.name } : {}),
      ...(input.description != null ? { description: input.description } : {}),
      ...(input.filter != null ? { filter: filterRequest(input.filter) } : {}),
    });
    return toSegment(segment);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => RemovedRecord)
  async deleteSegment(
    @Args('input') input: DeleteSegmentInput,
    @Context() context: GraphQLContext,
  ): Promise<RemovedRecord> {
    await this.services.request(context, 'membership.segment.delete', { id: input.id });
    return { id: input.id };
  }
}

function checkId(field: string, id: string): void {
  if (!segmentId.safeParse(id).success) throw badUserInput([{ field, message: 'must be a UUID' }]);
}

export function toSegment(segment: SegmentDto): Segment {
  return { ...segment, exportUrl: `/api/segments/${segment.id}/export.csv` };
}

/** GraphQL sends `null` for fields given as null; the contract treats a field left out as "no condition". */
export function filterRequest(filter: SegmentFilterInput): SegmentFilterRequest {
  return withoutNulls(filter) as SegmentFilterRequest;
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== null && entry !== undefined)
        .map(([key, entry]) => [key, withoutNulls(entry)]),
    );
  }
  return value;
}
