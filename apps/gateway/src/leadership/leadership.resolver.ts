import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { LeadershipProfileDto, LeadershipRoleDto, PersonDto, TrainingDto } from '@groundwork/contracts';
import { RpcClient } from '@groundwork/service-kit/client';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { nullsAsDefaults } from '../ladder/input-nulls';
import { RemovedRecord } from '../organizations/organization.model';
import { Person } from '../people/person.model';
import {
  AssignLeadershipRoleInput,
  DeleteTrainingInput,
  EndLeadershipRoleInput,
  RecordTrainingInput,
  SetPersonSkillsInput,
} from './leadership.input';
import { leadershipProfileLoader } from './leadership.loaders';
import { LeadershipProfile, LeadershipRole, Training } from './leadership.model';

/** Leadership development on the profile: trainings attended, skills and roles held. */
@Resolver(() => Person)
export class LeadershipResolver {
  constructor(
    private readonly services: ServiceRpc,
    private readonly rpc: RpcClient,
  ) {}

  @MinRole(Role.VIEWER)
  @ResolveField('leadership', () => LeadershipProfile)
  async leadership(
    @Parent() person: PersonDto,
    @Context() context: GraphQLContext,
  ): Promise<LeadershipProfileDto> {
    return (
      (await leadershipProfileLoader(this.rpc, context).load(person.id)) ?? {
        personId: person.id,
        trainings: [],
        skills: [],
        roles: [],
      }
    );
  }

  @MinRole(Role.VIEWER)
  @Query(() => [String], { description: 'Role names in use in the coalition, for suggestions.' })
  leadershipRoleNames(@Context() context: GraphQLContext): Promise<string[]> {
    return this.services.request(context, 'membership.leadership.role-names.list', {});
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Training)
  recordTraining(
    @Args('input') input: RecordTrainingInput,
    @Context() context: GraphQLContext,
  ): Promise<TrainingDto> {
    return this.services.request(context, 'membership.leadership.training.record', input);
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => RemovedRecord)
  async deleteTraining(
    @Args('input') input: DeleteTrainingInput,
    @Context() context: GraphQLContext,
  ): Promise<RemovedRecord> {
    await this.services.request(context, 'membership.leadership.training.delete', { id: input.id });
    return { id: input.id };
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => Person, {
    description: 'Replaces the person’s skills; read them back from `leadership { skills }`.',
  })
  async setPersonSkills(
    @Args('input') input: SetPersonSkillsInput,
    @Context() context: GraphQLContext,
  ): Promise<PersonDto> {
    await this.services.request(context, 'membership.leadership.skills.set', {
      personId: input.personId,
      skills: input.skills,
    });
    const person = await context.loaders.person.load(input.personId);
    if (!person) throw new Error(`person ${input.personId} vanished after its skills were set`);
    return person;
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => LeadershipRole)
  assignLeadershipRole(
    @Args('input') input: AssignLeadershipRoleInput,
    @Context() context: GraphQLContext,
  ): Promise<LeadershipRoleDto> {
    return this.services.request(context, 'membership.leadership.role.assign', nullsAsDefaults(input));
  }

  @MinRole(Role.ORGANIZER)
  @Mutation(() => LeadershipRole)
  endLeadershipRole(
    @Args('input') input: EndLeadershipRoleInput,
    @Context() context: GraphQLContext,
  ): Promise<LeadershipRoleDto> {
    return this.services.request(context, 'membership.leadership.role.end', input);
  }
}
