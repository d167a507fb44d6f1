import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/date-time.scalar';
import {
  AgeRange,
  DemographicDimension,
  Disability,
  Gender,
  HousingSituation,
  MigrationBackground,
  RaceEthnicity,
} from './demographics.enums';

@ObjectType({
  description:
    'How the person describes themselves; each answer null when not given, PREFER_NOT_TO_SAY when they chose not to. ADMIN and OWNER only.',
})
export class PersonDemographics {
  @Field(() => AgeRange, { nullable: true })
  ageRange!: AgeRange | null;

  @Field(() => Gender, { nullable: true })
  gender!: Gender | null;

  @Field(() => [RaceEthnicity], { nullable: true })
  raceEthnicity!: RaceEthnicity[] | null;

  @Field(() => Disability, { nullable: true })
  disability!: Disability | null;

  @Field(() => HousingSituation, { nullable: true })
  housingSituation!: HousingSituation | null;

  @Field(() => MigrationBackground, { nullable: true })
  migrationBackground!: MigrationBackground | null;

  @Field(() => [String], { nullable: true, description: 'Language tags, or PREFER_NOT_TO_SAY alone.' })
  languages!: string[] | null;

  @Field(() => DateTimeScalar, { nullable: true })
  updatedAt!: string | null;
}

@ObjectType()
export class RepresentationCategory {
  @Field()
  category!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class RepresentationDimension {
  @Field(() => DemographicDimension)
  dimension!: DemographicDimension;

  @Field(() => Int)
  answeredCount!: number;

  @Field(() => Int)
  notAnsweredCount!: number;

  @Field(() => [RepresentationCategory], {
    description: 'Every category, zeros included; a person with several answers counts in each.',
  })
  categories!: RepresentationCategory[];
}

@ObjectType({ description: 'Counts of how living people describe themselves; never names.' })
export class RepresentationReport {
  @Field(() => Int)
  peopleCount!: number;

  @Field(() => [RepresentationDimension])
  dimensions!: RepresentationDimension[];
}
