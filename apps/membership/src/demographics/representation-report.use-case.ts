import { Injectable } from '@nestjs/common';
import {
  AgeRange,
  DemographicDimension,
  Disability,
  Gender,
  HousingSituation,
  MigrationBackground,
  RaceEthnicity,
  type RepresentationReportDto,
} from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { PersonDemographicsRepository } from './person-demographics.repository';
import { ActingMember, ADMIN_ROLES } from '../users/acting-member';

/** Every category of each fixed dimension, so a report shows the zeros too; languages are open. */
const CATEGORIES: Record<DemographicDimension, readonly string[]> = {
  AGE_RANGE: AgeRange.options,
  GENDER: Gender.options,
  RACE_ETHNICITY: RaceEthnicity.options,
  DISABILITY: Disability.options,
  HOUSING_SITUATION: HousingSituation.options,
  MIGRATION_BACKGROUND: MigrationBackground.options,
  LANGUAGES: [],
};

/**
 * How the coalition's living people describe themselves: counts per category of each dimension and
 * how many answered it, never a name or an id. ADMIN and OWNER only.
 */
@Injectable()
export class RepresentationReportUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly acting: ActingMember,
    private readonly demographics: PersonDemographicsRepository,
  ) {}

  execute(): Promise<RepresentationReportDto> {
    return this.unitOfWork.run(async () => {
      await this.acting.requireRole(
        ADMIN_ROLES,
        'demographics',
        'demographics are only for ADMIN and OWNER users',
      );
      const { peopleCount, answered } = await this.demographics.answeredCounts();
      const counts = await this.demographics.categoryCounts();
      return {
        peopleCount,
        dimensions: DemographicDimension.options.map((dimension) => {
          const found = new Map(
            counts.filter((row) => row.dimension === dimension).map((row) => [row.category, row.count]),
          );
          const categories = [...new Set([...CATEGORIES[dimension], ...found.keys()])].map((category) => ({
            category,
            count: found.get(category) ?? 0,
          }));
          return {
            dimension,
            answeredCount: answered[dimension],
            notAnsweredCount: peopleCount - answered[dimension],
            categories,
          };
        }),
      };
    });
  }
}
