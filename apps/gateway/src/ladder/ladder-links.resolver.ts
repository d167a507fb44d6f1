import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  AssessmentDto,
  LadderLevelDto,
  LadderRuleDto,
  LevelChangeDto,
  MemberUserDto,
  PersonDto,
  PersonLevelDto,
} from '@groundwork/contracts';
import { RpcClient } from '@groundwork/service-kit/client';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Person } from '../people/person.model';
import { CoalitionUser } from '../users/user.model';
import { ladderLevelLoader, ladderRuleLoader } from './ladder.loaders';
import { Assessment, LadderLevel, LadderRule, LevelChange, PersonLevel } from './ladder.model';

/** A level that must exist: levels anyone is or was at cannot be deleted. */
async function existingLevel(level: Promise<LadderLevelDto | null>, id: string): Promise<LadderLevelDto> {
  const found = await level;
  if (!found) throw new Error(`ladder level ${id} is referenced but missing`);
  return found;
}

@Resolver(() => PersonLevel)
export class PersonLevelResolver {
  constructor(private readonly rpc: RpcClient) {}

  @MinRole(Role.VIEWER)
  @ResolveField('person', () => Person, { nullable: true, description: 'Null once the person is erased.' })
  person(@Parent() placement: PersonLevelDto, @Context() context: GraphQLContext): Promise<PersonDto | null> {
    return context.loaders.person.load(placement.personId);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('level', () => LadderLevel)
  level(@Parent() placement: PersonLevelDto, @Context() context: GraphQLContext): Promise<LadderLevelDto> {
    return existingLevel(ladderLevelLoader(this.rpc, context).load(placement.levelId), placement.levelId);
  }
}

@Resolver(() => LevelChange)
export class LevelChangeResolver {
  constructor(private readonly rpc: RpcClient) {}

  @MinRole(Role.VIEWER)
  @ResolveField('fromLevel', () => LadderLevel, {
    nullable: true,
    description: 'Null for the first placement on the ladder.',
  })
  fromLevel(
    @Parent() change: LevelChangeDto,
    @Context() context: GraphQLContext,
  ): Promise<LadderLevelDto | null> {
    return change.fromLevelId
      ? ladderLevelLoader(this.rpc, context).load(change.fromLevelId)
      : Promise.resolve(null);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('toLevel', () => LadderLevel)
  toLevel(@Parent() change: LevelChangeDto, @Context() context: GraphQLContext): Promise<LadderLevelDto> {
    return existingLevel(ladderLevelLoader(this.rpc, context).load(change.toLevelId), change.toLevelId);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('changedBy', () => CoalitionUser, {
    nullable: true,
    description: 'Null for a move by a rule or an API token, or a former member.',
  })
  changedBy(
    @Parent() change: LevelChangeDto,
    @Context() context: GraphQLContext,
  ): Promise<MemberUserDto | null> {
    return change.changedBy ? context.loaders.user.load(change.changedBy) : Promise.resolve(null);
  }

  @MinRole(Role.VIEWER)
  @ResolveField('rule', () => LadderRule, {
    nullable: true,
    description: 'The rule that made the move; null for a manual move.',
  })
  rule(@Parent() change: LevelChangeDto, @Context() context: GraphQLContext): Promise<LadderRuleDto | null> {
    return change.ruleId ? ladderRuleLoader(this.rpc, context).load(change.ruleId) : Promise.resolve(null);
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @MinRole(Role.VIEWER)
  @ResolveField('assessedBy', () => CoalitionUser, {
    nullable: true,
    description: 'Null when an API token recorded it, or for a former member.',
  })
  assessedBy(
    @Parent() assessment: AssessmentDto,
    @Context() context: GraphQLContext,
  ): Promise<MemberUserDto | null> {
    return assessment.assessedBy ? context.loaders.user.load(assessment.assessedBy) : Promise.resolve(null);
  }
}
