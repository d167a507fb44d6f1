import { Injectable } from '@nestjs/common';
import type { LeadershipProfileDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { toRoleDto, toTrainingDto } from './leadership.mapper';
import { LeadershipRepository } from './leadership.repository';

/**
 * Trainings, skills and roles of many people at once, for DataLoaders: one profile per id asked,
 * in order (empty lists for people with none, or who are not of this coalition).
 */
@Injectable()
export class GetLeadershipProfilesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly leadership: LeadershipRepository,
  ) {}

  async execute(personIds: string[]): Promise<LeadershipProfileDto[]> {
    const ids = [...new Set(personIds)];
    const [trainings, skills, roles] = await this.unitOfWork.run(
      async () =>
        [
          await this.leadership.trainingsOf(ids),
          await this.leadership.skillsOf(ids),
          await this.leadership.rolesOf(ids),
        ] as const,
    );
    const profiles = new Map<string, LeadershipProfileDto>(
      ids.map((personId) => [personId, { personId, trainings: [], skills: [], roles: [] }]),
    );
    for (const row of trainings) profiles.get(row.person_id)?.trainings.push(toTrainingDto(row));
    for (const row of skills) profiles.get(row.person_id)?.skills.push(row.skill);
    for (const row of roles) profiles.get(row.person_id)?.roles.push(toRoleDto(row));
    return [...profiles.values()];
  }
}
