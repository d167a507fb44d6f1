import { registerEnumType } from '@nestjs/graphql';
import {
  AgeRange as AgeRangeSchema,
  DemographicDimension as DemographicDimensionSchema,
  Disability as DisabilitySchema,
  Gender as GenderSchema,
  HousingSituation as HousingSituationSchema,
  MigrationBackground as MigrationBackgroundSchema,
  RaceEthnicity as RaceEthnicitySchema,
} from '@groundwork/contracts';

export const AgeRange = AgeRangeSchema.enum;
export type AgeRange = (typeof AgeRangeSchema.enum)[keyof typeof AgeRangeSchema.enum];
export const Gender = GenderSchema.enum;
export type Gender = (typeof GenderSchema.enum)[keyof typeof GenderSchema.enum];
export const RaceEthnicity = RaceEthnicitySchema.enum;
export type RaceEthnicity = (typeof RaceEthnicitySchema.enum)[keyof typeof RaceEthnicitySchema.enum];
export const Disability = DisabilitySchema.enum;
export type Disability = (typeof DisabilitySchema.enum)[keyof typeof DisabilitySchema.enum];
export const HousingSituation = HousingSituationSchema.enum;
export type HousingSituation = (typeof HousingSituationSchema.enum)[keyof typeof HousingSituationSchema.enum];
export const MigrationBackground = MigrationBackgroundSchema.enum;
export type MigrationBackground =
  (typeof MigrationBackgroundSchema.enum)[keyof typeof MigrationBackgroundSchema.enum];
export const DemographicDimension = DemographicDimensionSchema.enum;
export type DemographicDimension =
  (typeof DemographicDimensionSchema.enum)[keyof typeof DemographicDimensionSchema.enum];

registerEnumType(AgeRange, { name: 'AgeRange' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(RaceEthnicity, { name: 'RaceEthnicity' });
registerEnumType(Disability, { name: 'Disability' });
registerEnumType(HousingSituation, { name: 'HousingSituation' });
registerEnumType(MigrationBackground, { name: 'MigrationBackground' });
registerEnumType(DemographicDimension, { name: 'DemographicDimension' });
