import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AssessmentLabelDto, LadderLevelDto, LadderRuleDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { RemovedRecord } from '../organizations/organization.model';
import { nullsAsDefaults, refuseNulls } from './input-nulls';
import {
  CreateLadderLevelInput,
  CreateLadderRuleInput,
  DeleteLadderLevelInput,
  DeleteLadderRuleInput,
  ReorderLadderLevelsInput,
  UpdateAssessmentScaleInput,
  UpdateLadderLevelInput,
  UpdateLadderRuleInput,
} from './ladder.input';
import { AssessmentLabel, LadderLevel, LadderRule } from './ladder.model';

/** The coalition's ladder set-up: levels, rules and the assessment scale. Everyone reads; ADMIN edits. */
@Resolver()
export class LadderResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @Query(() => [LadderLevel], { description: 'Bottom rung first.' })
  ladderLevels(@Context() context: GraphQLContext): Promise<LadderLevelDto[]> {
    return this.services.request(context, 'membership.ladder.level.list', {});
  }

  @MinRole(Role.VIEWER)
  @Query(() => [LadderRule], { description: 'The rules that move people up the ladder on events.' })
  ladderRules(@Context() context: GraphQLContext): Promise<LadderRuleDto[]> {
    return this.services.request(context, 'membership.ladder.rule.list', {});
  }

  @MinRole(Role.VIEWER)
  @Query(() => [AssessmentLabel], { description: 'The labels of the 1–5 assessment scale, lowest first.' })
  assessmentScale(@Context() context: GraphQLContext): Promise<AssessmentLabelDto[]> {
    return this.services.request(context, 'membership.ladder.scale.get', {});
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => LadderLevel, { description: 'Adds a level at the top of the ladder.' })
  createLadderLevel(
    @Args('input') input: CreateLadderLevelInput,
    @Context() context: GraphQLContext,
  ): Promise<LadderLevelDto> {
    return this.services.request(context, 'membership.ladder.level.create', nullsAsDefaults(input));
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => LadderLevel)
  updateLadderLevel(
    @Args('input') input: UpdateLadderLevelInput,
    @Context() context: GraphQLContext,
  ): Promise<LadderLevelDto> {
    return this.services.request(context, 'membership.ladder.level.update', refuseNulls(input));
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => [LadderLevel], {
    description: 'Puts the levels in this order; returns them bottom rung first.',
  })
  reorderLadderLevels(
    @Args('input') input: ReorderLadderLevelsInput,
    @Context() context: GraphQLContext,
  ): Promise<LadderLevelDto[]> {
    return this.services.request(context, 'membership.ladder.level.reorder', { ids: input.ids });
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => RemovedRecord, {
    description: 'Refused (CONFLICT) while anyone is or was at the level, or a rule targets it.',
  })
  async deleteLadderLevel(
    @Args('input') input: DeleteLadderLevelInput,
    @Context() context: GraphQLContext,
  ): Promise<RemovedRecord> {
    await this.services.request(context, 'membership.ladder.level.delete', { id: input.id });
    return { id: input.id };
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => LadderRule)
  createLadderRule(
    @Args('input') input: CreateLadderRuleInput,
    @Context() context: GraphQLContext,
  ): Promise<LadderRuleDto> {
    return this.services.request(context, 'membership.ladder.rule.create', nullsAsDefaults(input));
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => LadderRule)
  updateLadderRule(
    @Args('input') input: UpdateLadderRuleInput,
    @Context() context: GraphQLContext,
  ): Promise<LadderRuleDto> {
    return this.services.request(context, 'membership.ladder.rule.update', refuseNulls(input));
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => RemovedRecord, {
    description: 'Refused (CONFLICT) once the rule has moved someone: deactivate it instead.',
  })
  async deleteLadderRule(
    @Args('input') input: DeleteLadderRuleInput,
    @Context() context: GraphQLContext,
  ): Promise<RemovedRecord> {
    await this.services.request(context, 'membership.ladder.rule.delete', { id: input.id });
    return { id: input.id };
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => [AssessmentLabel], { description: 'Relabels the scores named; returns the whole scale.' })
  updateAssessmentScale(
    @Args('input') input: UpdateAssessmentScaleInput,
    @Context() context: GraphQLContext,
  ): Promise<AssessmentLabelDto[]> {
    return this.services.request(context, 'membership.ladder.scale.update', {
      labels: input.labels.map((label) => nullsAsDefaults(label)),
    });
  }
}
