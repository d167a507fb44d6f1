import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { uuid, type PersonDto, type RpcRequest, type MembershipRpc } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import { badUserInput } from '../common/graphql-errors';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { PeopleArgs, PersonArgs } from './people.args';
import { ArchivePersonInput, CreatePersonInput, UpdatePersonInput } from './person.input';
import { Person, PersonConnection } from './person.model';

type CreatePersonRequest = RpcRequest<MembershipRpc['membership.person.create']>;
type UpdatePersonRequest = RpcRequest<MembershipRpc['membership.person.update']>;

const personId = uuid();

@Resolver(() => Person)
export class PeopleResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @Query(() => Person, { nullable: true, description: 'Null when the coalition has no such person.' })
  person(@Args() args: PersonArgs, @Context() context: GraphQLContext): Promise<PersonDto | null> {
    if (!personId.safeParse(args.id).success)
      throw badUserInput([{ field: 'id', message: 'must be a UUID' }]);
    return context.loaders.person.load(args.id);
  }

  @MinRole(Role.VIEWER)
  @Query(() => PersonConnection)
  async people(@Args() args: PeopleArgs, @Context() context: GraphQLContext): Promise<PersonConnection> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.person.list', {
      ...servicePage(slice),
      ...(args.search ? { search: args.search } : {}),
      includeArchived: args.includeArchived ?? false,
    });
    return toConnection(page, slice);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Person)
  createPerson(
    @Args('input') input: CreatePersonInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto> {
    return this.services.request(context, 'membership.person.create', createRequest(input));
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Person)
  updatePerson(
    @Args('input') input: UpdatePersonInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto> {
    return this.services.request(context, 'membership.person.update', updateRequest(input));
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Person)
  archivePerson(
    @Args('input') input: ArchivePersonInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto> {
    return this.services.request(context, 'membership.person.archive', input);
  }
}

/** `tags: null` on creation means no tags. */
function createRequest({ tags, ...fields }: CreatePersonInput): CreatePersonRequest {
  return tags === null || tags === undefined ? fields : { ...fields, tags };
}

/** On update, names cannot be cleared and `tags: null` clears the tags. */
function updateRequest({ firstName, lastName, tags, ...fields }: UpdatePersonInput): UpdatePersonRequest {
  const cleared = [firstName === null && 'firstName', lastName === null && 'lastName'].filter(
    (field) => field !== false,
  );
  if (cleared.length > 0)
    throw badUserInput(cleared.map((field) => ({ field, message: 'must not be null' })));
  return {
    ...fields,
    ...(firstName !== undefined && firstName !== null ? { firstName } : {}),
    ...(lastName !== undefined && lastName !== null ? { lastName } : {}),
    ...(tags !== undefined ? { tags: tags ?? [] } : {}),
  };
}
