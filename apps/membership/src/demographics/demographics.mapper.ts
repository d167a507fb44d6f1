import type { PersonDemographicsDto } from '@groundwork/contracts';
import type { PersonDemographics } from './person-demographics';

export function toPersonDemographicsDto(answers: PersonDemographics): PersonDemographicsDto {
  return { ...answers, updatedAt: answers.updatedAt?.toISOString() ?? null };
}
