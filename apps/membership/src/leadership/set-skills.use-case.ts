import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import { PersonLookup } from '../ladder/person-lookup';
import type { MembershipRequest } from '../membership-rpc';
import { LeadershipRepository } from './leadership.repository';

/** Replaces a person's skills; returns them sorted. */
@Injectable()
export class SetSkillsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly people: PersonLookup,
    private readonly leadership: LeadershipRepository,
  ) {}

  execute(input: MembershipRequest<'membership.leadership.skills.set'>): Promise<string[]> {
    return this.unitOfWork.run(async () => {
      await this.people.lockLiving(input.personId);
      await this.leadership.setSkills(input.personId, input.skills);
      return (await this.leadership.skillsOf([input.personId])).map((row) => row.skill);
    });
  }
}
