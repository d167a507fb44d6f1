import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { LadderLevelDto, PersonLevelDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { pageSlice, servicePage, toConnection, type PageSlice } from '../common/connection';
import type { ConnectionShape } from '../common/connection.model';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { LadderBoard, LadderBoardColumn, PersonLevelConnection } from './ladder.model';

interface BoardColumn {
  level: LadderLevelDto;
  count: number;
}

/** The ladder board: people per level, each column paged on its own. */
@Resolver(() => LadderBoardColumn)
export class LadderBoardResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @Query(() => LadderBoard, { description: 'Living people per level, bottom rung first.' })
  async ladderBoard(
    @Context() context: GraphQLContext,
  ): Promise<{ columns: BoardColumn[]; peopleWithoutLevel: number }> {
    const [levels, counts] = await Promise.all([
      this.services.request(context, 'membership.ladder.level.list', {}),
      this.services.request(context, 'membership.ladder.level.counts', {}),
    ]);
    const countOf = new Map(counts.map((entry) => [entry.levelId, entry.count]));
    return {
      columns: levels.map((level) => ({ level, count: countOf.get(level.id) ?? 0 })),
      peopleWithoutLevel: countOf.get(null) ?? 0,
    };
  }

  @MinRole(Role.VIEWER)
  @ResolveField('people', () => PersonLevelConnection, {
    description: 'The people at the level, most recently arrived first.',
  })
  async people(
    @Parent() column: BoardColumn,
    @Args() args: PageArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<PersonLevelDto>> {
    const slice: PageSlice = pageSlice(args);
    const page = await this.services.request(context, 'membership.ladder.level.people', {
      levelId: column.level.id,
      ...servicePage(slice),
    });
    return toConnection(page, slice);
  }
}
