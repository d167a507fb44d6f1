import { Field, ID, InputType } from '@nestjs/graphql';
import {
  AgeRange,
  Disability,
  Gender,
  HousingSituation,
  MigrationBackground,
  RaceEthnicity,
} from './demographics.enums';

/** Answers left out stay as they are; `null` clears one. */
@InputType()
export class SetPersonDemographicsInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => AgeRange, { nullable: true })
  ageRange?: AgeRange | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => [RaceEthnicity], { nullable: true })
  raceEthnicity?: RaceEthnicity[] | null;

  @Field(() => Disability, { nullable: true })
  disability?: Disability | null;

  @Field(() => HousingSituation, { nullable: true })
  housingSituation?: HousingSituation | null;

  @Field(() => MigrationBackground, { nullable: true })
  migrationBackground?: MigrationBackground | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;
}
