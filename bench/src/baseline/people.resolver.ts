import { Inject } from '@nestjs/common';
import { Args, ArgsType, Context, Field, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { AccessTokenVerifier, isUuid, type BaselineContext } from './auth';
import { MAX_PAGE_SIZE, badUserInput, decodeCursor, encodeCursor } from './page-cursor';
import { Person, PersonConnection } from './models';
import { PeopleStore, type PageQuery } from './people.store';

@ArgsType()
class PersonArgs {
  @Field(() => ID)
  id!: string;
}

@ArgsType()
class PeopleArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeArchived?: boolean | null;
}

/** `person(id)` and `people(first, after, search)` answered straight from Postgres. */
@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    @Inject(PeopleStore) private readonly store: PeopleStore,
    @Inject(AccessTokenVerifier) private readonly tokens: AccessTokenVerifier,
  ) {}

  @Query(() => Person, { nullable: true })
  async person(@Args() args: PersonArgs, @Context() context: BaselineContext): Promise<Person | null> {
    const tenantId = await this.tokens.tenantOf(context);
    if (!isUuid(args.id)) throw badUserInput('id', 'must be a UUID');
    return this.store.byId(tenantId, args.id);
  }

  @Query(() => PersonConnection)
  async people(@Args() args: PeopleArgs, @Context() context: BaselineContext): Promise<PersonConnection> {
    const tenantId = await this.tokens.tenantOf(context);
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
      throw badUserInput('first', `must be 1 to ${MAX_PAGE_SIZE}`);
    const query: PageQuery = { first, includeArchived: args.includeArchived ?? false };
    if (args.after) query.after = decodeCursor(args.after);
    if (args.search) query.search = args.search;
    const page = await this.store.page(tenantId, query);
    const edges = page.people.map((node) => ({ cursor: encodeCursor(node), node }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasMore, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }
}
