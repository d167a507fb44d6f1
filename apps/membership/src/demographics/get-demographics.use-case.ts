import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import { noAnswers, type PersonDemographics } from './person-demographics';
import { PersonDemographicsRepository } from './person-demographics.repository';
import { ActingMember, ADMIN_ROLES } from '../users/acting-member';

/**
 * Demographics of people by id, for DataLoaders (ADMIN and OWNER only): in the order asked, each
 * once; a person who answered nothing gets all nulls; ids of no person of this coalition are left out.
 */
@Injectable()
export class GetDemographicsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly acting: ActingMember,
    private readonly demographics: PersonDemographicsRepository,
  ) {}

  execute(ids: string[]): Promise<PersonDemographics[]> {
    const unique = [...new Set(ids)];
    return this.unitOfWork.run(async () => {
      await this.acting.requireRole(
        ADMIN_ROLES,
        'demographics',
        'demographics are only for ADMIN and OWNER users',
      );
      const people = await this.demographics.people(unique);
      const answers = new Map(
        (await this.demographics.findByPersonIds(unique)).map((row) => [row.personId, row]),
      );
      return unique.filter((id) => people.has(id)).map((id) => answers.get(id) ?? noAnswers(id));
    });
  }
}
