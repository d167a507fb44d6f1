import type { PersonDemographicsDto } from '@groundwork/contracts';

/** A person's self-described answers; null where they gave none. */
export type PersonDemographics = Omit<PersonDemographicsDto, 'updatedAt'> & { updatedAt: Date | null };

export const DEMOGRAPHIC_FIELDS = [
  'ageRange',
  'gender',
  'raceEthnicity',
  'disability',
  'housingSituation',
  'migrationBackground',
  'languages',
] as const;
export type DemographicField = (typeof DEMOGRAPHIC_FIELDS)[number];

export function noAnswers(personId: string): PersonDemographics {
  return {
    personId,
    ageRange: null,
    gender: null,
    raceEthnicity: null,
    disability: null,
    housingSituation: null,
    migrationBackground: null,
    languages: null,
    updatedAt: null,
  };
}
