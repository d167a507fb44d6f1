import { Module } from '@nestjs/common';
import { LadderModule } from '../ladder/ladder.module';
import { AssignRoleUseCase } from './assign-role.use-case';
import { DeleteTrainingUseCase } from './delete-training.use-case';
import { EndRoleUseCase } from './end-role.use-case';
import { GetLeadershipProfilesUseCase } from './get-leadership-profiles.use-case';
import { LeadershipRepository } from './leadership.repository';
import { LeadershipRpcController } from './leadership.rpc-controller';
import { ListRoleNamesUseCase } from './list-role-names.use-case';
import { RecordTrainingUseCase } from './record-training.use-case';
import { SetSkillsUseCase } from './set-skills.use-case';

/** Leadership development: trainings attended, skills, roles held with dates. */
@Module({
  imports: [LadderModule],
  providers: [
    LeadershipRepository,
    GetLeadershipProfilesUseCase,
    RecordTrainingUseCase,
    DeleteTrainingUseCase,
    SetSkillsUseCase,
    AssignRoleUseCase,
    EndRoleUseCase,
    ListRoleNamesUseCase,
    LeadershipRpcController,
  ],
})
export class LeadershipModule {}
