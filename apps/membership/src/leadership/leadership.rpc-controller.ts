import { Injectable } from '@nestjs/common';
import type { MembershipRpc } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { AssignRoleUseCase } from './assign-role.use-case';
import { DeleteTrainingUseCase } from './delete-training.use-case';
import { EndRoleUseCase } from './end-role.use-case';
import { GetLeadershipProfilesUseCase } from './get-leadership-profiles.use-case';
import { ListRoleNamesUseCase } from './list-role-names.use-case';
import { RecordTrainingUseCase } from './record-training.use-case';
import { SetSkillsUseCase } from './set-skills.use-case';

type LeadershipSubject = Extract<keyof MembershipRpc, `membership.leadership.${string}`>;
type Req<S extends LeadershipSubject> = MembershipRequest<S>;
type Rep<S extends LeadershipSubject> = Promise<MembershipReply<S>>;

/** NATS adapter for leadership development: trainings, skills and roles held. */
@Injectable()
export class LeadershipRpcController {
  constructor(
    private readonly getProfiles: GetLeadershipProfilesUseCase,
    private readonly recordTraining: RecordTrainingUseCase,
    private readonly deleteTraining: DeleteTrainingUseCase,
    private readonly setSkills: SetSkillsUseCase,
    private readonly assignRole: AssignRoleUseCase,
    private readonly endRole: EndRoleUseCase,
    private readonly listRoleNames: ListRoleNamesUseCase,
  ) {}

  @RpcHandler('membership.leadership.profile.get-many')
  profiles(
    input: Req<'membership.leadership.profile.get-many'>,
  ): Rep<'membership.leadership.profile.get-many'> {
    return this.getProfiles.execute(input.ids);
  }

  @RpcHandler('membership.leadership.training.record')
  training(
    input: Req<'membership.leadership.training.record'>,
  ): Rep<'membership.leadership.training.record'> {
    return this.recordTraining.execute(input);
  }

  @RpcHandler('membership.leadership.training.delete')
  removeTraining(
    input: Req<'membership.leadership.training.delete'>,
  ): Rep<'membership.leadership.training.delete'> {
    return this.deleteTraining.execute(input.id);
  }

  @RpcHandler('membership.leadership.skills.set')
  skills(input: Req<'membership.leadership.skills.set'>): Rep<'membership.leadership.skills.set'> {
    return this.setSkills.execute(input);
  }

  @RpcHandler('membership.leadership.role.assign')
  assign(input: Req<'membership.leadership.role.assign'>): Rep<'membership.leadership.role.assign'> {
    return this.assignRole.execute(input);
  }

  @RpcHandler('membership.leadership.role.end')
  end(input: Req<'membership.leadership.role.end'>): Rep<'membership.leadership.role.end'> {
    return this.endRole.execute(input);
  }

  @RpcHandler('membership.leadership.role-names.list')
  roleNames(): Rep<'membership.leadership.role-names.list'> {
    return this.listRoleNames.execute();
  }
}
