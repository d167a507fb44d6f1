import { Injectable } from '@nestjs/common';
import type { MembershipRpc } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { CountLevelsUseCase } from './count-levels.use-case';
import { CreateLevelUseCase } from './create-level.use-case';
import { CreateRuleUseCase } from './create-rule.use-case';
import { DeleteLevelUseCase } from './delete-level.use-case';
import { DeleteRuleUseCase } from './delete-rule.use-case';
import { GetPersonLevelsUseCase } from './get-person-levels.use-case';
import { GetScaleUseCase } from './get-scale.use-case';
import { ListAssessmentsUseCase } from './list-assessments.use-case';
import { ListLevelHistoryUseCase } from './list-level-history.use-case';
import { ListLevelPeopleUseCase } from './list-level-people.use-case';
import { ListLevelsUseCase } from './list-levels.use-case';
import { ListRulesUseCase } from './list-rules.use-case';
import { MovePersonUseCase } from './move-person.use-case';
import { RecordAssessmentUseCase } from './record-assessment.use-case';
import { ReorderLevelsUseCase } from './reorder-levels.use-case';
import { UpdateLevelUseCase } from './update-level.use-case';
import { UpdateRuleUseCase } from './update-rule.use-case';
import { UpdateScaleUseCase } from './update-scale.use-case';

type LadderSubject = Extract<keyof MembershipRpc, `membership.ladder.${string}`>;
type Req<S extends LadderSubject> = MembershipRequest<S>;
type Rep<S extends LadderSubject> = Promise<MembershipReply<S>>;

/** NATS adapter for the ladder: levels, moves, history, rules, the assessment scale and assessments. */
@Injectable()
export class LadderRpcController {
  constructor(
    private readonly listLevels: ListLevelsUseCase,
    private readonly createLevel: CreateLevelUseCase,
    private readonly updateLevel: UpdateLevelUseCase,
    private readonly reorderLevels: ReorderLevelsUseCase,
    private readonly deleteLevel: DeleteLevelUseCase,
    private readonly countLevels: CountLevelsUseCase,
    private readonly listLevelPeople: ListLevelPeopleUseCase,
    private readonly getPersonLevels: GetPersonLevelsUseCase,
    private readonly movePerson: MovePersonUseCase,
    private readonly listHistory: ListLevelHistoryUseCase,
    private readonly listRules: ListRulesUseCase,
    private readonly createRule: CreateRuleUseCase,
    private readonly updateRule: UpdateRuleUseCase,
    private readonly deleteRule: DeleteRuleUseCase,
    private readonly getScale: GetScaleUseCase,
    private readonly updateScale: UpdateScaleUseCase,
    private readonly recordAssessment: RecordAssessmentUseCase,
    private readonly listAssessments: ListAssessmentsUseCase,
  ) {}

  @RpcHandler('membership.ladder.level.list')
  levels(): Rep<'membership.ladder.level.list'> {
    return this.listLevels.execute();
  }

  @RpcHandler('membership.ladder.level.create')
  create(input: Req<'membership.ladder.level.create'>): Rep<'membership.ladder.level.create'> {
    return this.createLevel.execute(input);
  }

  @RpcHandler('membership.ladder.level.update')
  update(input: Req<'membership.ladder.level.update'>): Rep<'membership.ladder.level.update'> {
    return this.updateLevel.execute(input);
  }

  @RpcHandler('membership.ladder.level.reorder')
  reorder(input: Req<'membership.ladder.level.reorder'>): Rep<'membership.ladder.level.reorder'> {
    return this.reorderLevels.execute(input);
  }

  @RpcHandler('membership.ladder.level.delete')
  delete(input: Req<'membership.ladder.level.delete'>): Rep<'membership.ladder.level.delete'> {
    return this.deleteLevel.execute(input.id);
  }

  @RpcHandler('membership.ladder.level.counts')
  counts(): Rep<'membership.ladder.level.counts'> {
    return this.countLevels.execute();
  }

  @RpcHandler('membership.ladder.level.people')
  people(input: Req<'membership.ladder.level.people'>): Rep<'membership.ladder.level.people'> {
    return this.listLevelPeople.execute(input);
  }

  @RpcHandler('membership.ladder.person-level.get-many')
  personLevels(
    input: Req<'membership.ladder.person-level.get-many'>,
  ): Rep<'membership.ladder.person-level.get-many'> {
    return this.getPersonLevels.execute(input.ids);
  }

  @RpcHandler('membership.ladder.person.move')
  move(input: Req<'membership.ladder.person.move'>): Rep<'membership.ladder.person.move'> {
    return this.movePerson.execute(input);
  }

  @RpcHandler('membership.ladder.history.list')
  history(input: Req<'membership.ladder.history.list'>): Rep<'membership.ladder.history.list'> {
    return this.listHistory.execute(input);
  }

  @RpcHandler('membership.ladder.rule.list')
  rules(): Rep<'membership.ladder.rule.list'> {
    return this.listRules.execute();
  }

  @RpcHandler('membership.ladder.rule.create')
  addRule(input: Req<'membership.ladder.rule.create'>): Rep<'membership.ladder.rule.create'> {
    return this.createRule.execute(input);
  }

  @RpcHandler('membership.ladder.rule.update')
  changeRule(input: Req<'membership.ladder.rule.update'>): Rep<'membership.ladder.rule.update'> {
    return this.updateRule.execute(input);
  }

  @RpcHandler('membership.ladder.rule.delete')
  removeRule(input: Req<'membership.ladder.rule.delete'>): Rep<'membership.ladder.rule.delete'> {
    return this.deleteRule.execute(input.id);
  }

  @RpcHandler('membership.ladder.scale.get')
  scale(): Rep<'membership.ladder.scale.get'> {
    return this.getScale.execute();
  }

  @RpcHandler('membership.ladder.scale.update')
  relabel(input: Req<'membership.ladder.scale.update'>): Rep<'membership.ladder.scale.update'> {
    return this.updateScale.execute(input);
  }

  @RpcHandler('membership.ladder.assessment.record')
  assess(input: Req<'membership.ladder.assessment.record'>): Rep<'membership.ladder.assessment.record'> {
    return this.recordAssessment.execute(input);
  }

  @RpcHandler('membership.ladder.assessment.list')
  assessments(input: Req<'membership.ladder.assessment.list'>): Rep<'membership.ladder.assessment.list'> {
    return this.listAssessments.execute(input);
  }
}
