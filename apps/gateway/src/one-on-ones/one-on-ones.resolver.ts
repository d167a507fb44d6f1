import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ErrorCode,
  uuid,
  type MemberUserDto,
  type MembershipRpc,
  type OneOnOneDto,
  type PersonDto,
  type RpcRequest,
  type WeeklyOneOnOnesDto,
} from '@groundwork/contracts';
import { RpcError } from '@groundwork/service-kit/client';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { ConnectionShape } from '../common/connection.model';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { badUserInput } from '../common/graphql-errors';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.model';
import { CoalitionUser } from '../users/user.model';
import { OneOnOneArgs, OneOnOnesArgs, WeeklyOneOnOnesArgs } from './one-on-ones.args';
import { RecordOneOnOneInput, UpdateOneOnOneInput } from './one-on-one.input';
import { OneOnOne, OneOnOneConnection, WeeklyOneOnOnes } from './one-on-one.model';

const oneOnOneId = uuid();

@Resolver(() => OneOnOne)
export class OneOnOnesResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.ORGANIZER)
  @Mutation(() => OneOnOne)
  recordOneOnOne(
    @Args('input') input: RecordOneOnOneInput,
    @Context() context: GraphQLContext,
  ): Promise<OneOnOneDto> {
    const { organizerId, ...fields } = input;
    return this.services.request(context, 'membership.one-on-one.record', {
      ...fields,
      ...(organizerId ? { organizerId } : {}),
    });
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => OneOnOne)
  updateOneOnOne(
    @Args('input') input: UpdateOneOnOneInput,
    @Context() context: GraphQLContext,
  ): Promise<OneOnOneDto> {
    return this.services.request(
      context,
      'membership.one-on-one.update',
      input as RpcRequest<MembershipRpc['membership.one-on-one.update']>,
    );
  }

  @MinRole(Role.VIEWER)
  @Query(() => OneOnOne, { nullable: true, description: 'Null when the coalition has no such one-on-one.' })
  async oneOnOne(
    @Args() args: OneOnOneArgs,
    @Context() context: GraphQLContext,
  ): Promise<OneOnOneDto | null> {
    if (!oneOnOneId.safeParse(args.id).success)
      throw badUserInput([{ field: 'id', message: 'must be a UUID' }]);
    try {
      return await this.services.request(context, 'membership.one-on-one.get', { id: args.id });
    } catch (error) {
      if (error instanceof RpcError && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }

  @MinRole(Role.VIEWER)
  @Query(() => OneOnOneConnection, {
    description: 'Newest first; per person, per organizer and within dates as asked.',
  })
  async oneOnOnes(
    @Args() args: OneOnOnesArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<OneOnOneDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.one-on-one.list', {
      ...servicePage(slice),
      ...dropNulls({ personId: args.personId, organizerId: args.organizerId, from: args.from, to: args.to }),
    });
    return toConnection(page, slice);
  }

  @MinRole(Role.VIEWER)
  @Query(() => [WeeklyOneOnOnes], {
    description:
      'One-on-ones held per organizer per ISO week in from..to (inclusive); weeks without any are left out.',
  })
  weeklyOneOnOnes(
    @Args() args: WeeklyOneOnOnesArgs,
    @Context() context: GraphQLContext,
  ): Promise<WeeklyOneOnOnesDto[]> {
    return this.services.request(context, 'membership.one-on-one.weekly-counts', {
      from: args.from,
      to: args.to,
      ...(args.organizerId ? { organizerId: args.organizerId } : {}),
    });
  }

  @MinRole(Role.VIEWER)
  @ResolveField('organizer', () => CoalitionUser, {
    nullable: true,
    description: 'Null once they left the coalition.',
  })
  organizer(
    @Parent() oneOnOne: OneOnOneDto,
    @Context() context: GraphQLContext,
  ): Promise<MemberUserDto | null> {
    return context.loaders.user.load(oneOnOne.organizerId);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('person', () => Person, { nullable: true })
  person(@Parent() oneOnOne: OneOnOneDto, @Context() context: GraphQLContext): Promise<PersonDto | null> {
    return context.loaders.person.load(oneOnOne.personId);
  }
}

@Resolver(() => WeeklyOneOnOnes)
export class WeeklyOneOnOnesResolver {
  @MinRole(Role.VIEWER)
  @ResolveField('organizer', () => CoalitionUser, { nullable: true })
  organizer(
    @Parent() week: WeeklyOneOnOnesDto,
    @Context() context: GraphQLContext,
  ): Promise<MemberUserDto | null> {
    return context.loaders.user.load(week.organizerId);
  }
}

/** A person's one-on-ones, as a field of Person. */
@Resolver(() => Person)
export class PersonOneOnOnesResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @ResolveField('oneOnOnes', () => OneOnOneConnection, { description: 'Newest first.' })
  async oneOnOnes(
    @Parent() person: PersonDto,
    @Args() args: OneOnOnesArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<OneOnOneDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.one-on-one.list', {
      ...servicePage(slice),
      ...dropNulls({ organizerId: args.organizerId, from: args.from, to: args.to }),
      personId: person.id,
    });
    return toConnection(page, slice);
  }
}

/** Optional filters arrive as null when a client sends null; the service wants them left out. */
function dropNulls<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== null && value !== undefined),
  ) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };
}
