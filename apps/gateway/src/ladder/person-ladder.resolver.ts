import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AssessmentDto, LevelChangeDto, PersonDto, PersonLevelDto } from '@groundwork/contracts';
import { RpcClient } from '@groundwork/service-kit/client';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { pageSlice, servicePage, toConnection } from '../common/connection';
import type { ConnectionShape } from '../common/connection.model';
import { PageArgs } from '../common/page.args';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.model';
import { nullsAsDefaults } from './input-nulls';
import { MovePersonLevelInput, RecordAssessmentInput } from './ladder.input';
import { personLevelLoader } from './ladder.loaders';
import { Assessment, AssessmentConnection, LevelChangeConnection, PersonLevel } from './ladder.model';

/** A person's place on the ladder, their history and assessments, and the mutations that change them. */
@Resolver(() => Person)
export class PersonLadderResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly rpc: RpcClient,
  ) {}

  @MinRole(Role.VIEWER)
  @ResolveField('ladderLevel', () => PersonLevel, {
    nullable: true,
    description: 'Null until the person is placed on the ladder.',
  })
  ladderLevel(
    @Parent() person: PersonDto,
    @Context() context: GraphQLContext,
  ): Promise<PersonLevelDto | null> {
    return personLevelLoader(this.rpc, context).load(person.id);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('levelHistory', () => LevelChangeConnection, {
    description: 'Every move on the ladder, newest first.',
  })
  async levelHistory(
    @Parent() person: PersonDto,
    @Args() args: PageArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<LevelChangeDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.ladder.history.list', {
      personId: person.id,
      ...servicePage(slice),
    });
    return toConnection(page, slice);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('assessments', () => AssessmentConnection, {
    description: 'Assessments on the 1–5 scale, newest first.',
  })
  async assessments(
    @Parent() person: PersonDto,
    @Args() args: PageArgs,
    @Context() context: GraphQLContext,
  ): Promise<ConnectionShape<AssessmentDto>> {
    const slice = pageSlice(args);
    const page = await this.services.request(context, 'membership.ladder.assessment.list', {
      personId: person.id,
      ...servicePage(slice),
    });
    return toConnection(page, slice);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => PersonLevel, {
    description: 'Moves a person to a level, up or down, with the reason; kept in their history.',
  })
  movePersonLevel(
    @Args('input') input: MovePersonLevelInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonLevelDto> {
    return this.services.request(context, 'membership.ladder.person.move', {
      personId: input.personId,
      levelId: input.levelId,
      reason: input.reason,
    });
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Assessment)
  recordAssessment(
    @Args('input') input: RecordAssessmentInput,
    @Context() context: GraphQLContext,
  ): Promise<AssessmentDto> {
    return this.services.request(context, 'membership.ladder.assessment.record', nullsAsDefaults(input));
  }
}
