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

/** Fields that always have a value: on creation `null` means the default, on update it is refused. */
const NEVER_NULL = ['phoneSms', 'status', 'customFields'] as const;
/** Lists: `null` means empty. */
const LISTS = ['tags', 'preferredLanguages'] as const;

/** `tags: null` on creation means no tags; other never-null fields left null take their defaults. */
function createRequest(input: CreatePersonInput): CreatePersonRequest {
  const request: Record<string, unknown> = { ...input };
  for (const field of [...NEVER_NULL, ...LISTS]) if (request[field] === null) delete request[field];
  return request as CreatePersonRequest;
}

/** On update, names and never-null fields cannot be cleared, and `tags: null` clears the tags. */
function updateRequest(input: UpdatePersonInput): UpdatePersonRequest {
  const cleared = (['firstName', 'lastName', ...NEVER_NULL] as const).filter(
    (field) => input[field] === null,
  );
  if (cleared.length > 0)
    throw badUserInput(cleared.map((field) => ({ field, message: 'must not be null' })));
  const request: Record<string, unknown> = { ...input };
  for (const field of LISTS) if (request[field] === null) request[field] = [];
  return request as UpdatePersonRequest;
}
