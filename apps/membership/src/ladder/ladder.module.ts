import { Module } from '@nestjs/common';
import { ApplyLadderEventUseCase } from './apply-ladder-event.use-case';
import { AssessmentRepository } from './assessment.repository';
import { CountLevelsUseCase } from './count-levels.use-case';
import { CreateLevelUseCase } from './create-level.use-case';
import { CreateRuleUseCase } from './create-rule.use-case';
import { DeleteLevelUseCase } from './delete-level.use-case';
import { DeleteRuleUseCase } from './delete-rule.use-case';
import { GetPersonLevelsUseCase } from './get-person-levels.use-case';
import { GetScaleUseCase } from './get-scale.use-case';
import { LadderEventFactRepository } from './ladder-event-fact.repository';
import { LadderEventIntake } from './ladder-event-intake';
import { LadderLevelRepository } from './ladder-level.repository';
import { LadderRuleRepository } from './ladder-rule.repository';
import { LADDER_CONFIG, loadLadderConfig } from './ladder.config';
import { LadderRpcController } from './ladder.rpc-controller';
import { LevelMover } from './level-mover';
import { ListAssessmentsUseCase } from './list-assessments.use-case';
import { ListLevelHistoryUseCase } from './list-level-history.use-case';
import { ListLevelPeopleUseCase } from './list-level-people.use-case';
import { ListLevelsUseCase } from './list-levels.use-case';
import { ListRulesUseCase } from './list-rules.use-case';
import { MovePersonUseCase } from './move-person.use-case';
import { PersonLevelRepository } from './person-level.repository';
import { PersonLookup } from './person-lookup';
import { RecordAssessmentUseCase } from './record-assessment.use-case';
import { ReorderLevelsUseCase } from './reorder-levels.use-case';
import { UpdateLevelUseCase } from './update-level.use-case';
import { UpdateRuleUseCase } from './update-rule.use-case';
import { UpdateScaleUseCase } from './update-scale.use-case';

/**
 * The ladder of engagement: levels, each person's level and history, rules that move people from
 * other services' events, and the assessment scale. Exports the person checks the leadership and
 * consent modules share.
 */
@Module({
  providers: [
    { provide: LADDER_CONFIG, useFactory: loadLadderConfig },
    PersonLookup,
    LadderLevelRepository,
    PersonLevelRepository,
    LadderRuleRepository,
    LadderEventFactRepository,
    AssessmentRepository,
    LevelMover,
    ListLevelsUseCase,
    CreateLevelUseCase,
    UpdateLevelUseCase,
    ReorderLevelsUseCase,
    DeleteLevelUseCase,
    CountLevelsUseCase,
    ListLevelPeopleUseCase,
    GetPersonLevelsUseCase,
    MovePersonUseCase,
    ListLevelHistoryUseCase,
    ListRulesUseCase,
    CreateRuleUseCase,
    UpdateRuleUseCase,
    DeleteRuleUseCase,
    GetScaleUseCase,
    UpdateScaleUseCase,
    RecordAssessmentUseCase,
    ListAssessmentsUseCase,
    ApplyLadderEventUseCase,
    LadderEventIntake,
    LadderRpcController,
  ],
  exports: [PersonLookup],
})
export class LadderModule {}
