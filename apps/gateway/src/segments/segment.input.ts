import { Field, ID, InputType } from '@nestjs/graphql';
import { ConsentChannel } from '../consent/consent.model';
import { PersonStatus } from '../people/person-enums';
import { CustomFieldOperator, TagMatch } from './segment-enums';

@InputType()
export class TagConditionInput {
  @Field(() => TagMatch)
  match!: TagMatch;

  @Field(() => [String])
  names!: string[];
}

@InputType({
  description:
    'Values are text and are checked against the field type: numbers like 12.5, dates like 2026-03-31.',
})
export class CustomFieldConditionInput {
  @Field()
  key!: string;

  @Field(() => CustomFieldOperator)
  operator!: CustomFieldOperator;

  @Field(() => String, { nullable: true, description: 'For EQUALS and CONTAINS.' })
  value?: string | null;

  @Field(() => String, { nullable: true, description: 'For RANGE (inclusive); either end may be left open.' })
  min?: string | null;

  @Field(() => String, { nullable: true, description: 'For RANGE (inclusive).' })
  max?: string | null;
}

@InputType({ description: 'Calendar dates (YYYY-MM-DD), inclusive; either end may be left open.' })
export class DateRangeInput {
  @Field(() => String, { nullable: true })
  from?: string | null;

  @Field(() => String, { nullable: true })
  to?: string | null;
}

@InputType({
  description:
    'Who is in a segment. Every condition given must hold; a list inside a condition matches any of its entries. Archived people are never in a segment. ' +
    'Last activity is the latest of: joining, a one-on-one, a level change, a note, an event fact from another service (attendance…).',
})
export class SegmentFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Current ladder level is one of these.' })
  levelIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Has no ladder level yet (OR-ed with levelIds).' })
  noLevel?: boolean | null;

  @Field(() => TagConditionInput, { nullable: true })
  tags?: TagConditionInput | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Has an open affiliation with one of these organizations.',
  })
  organizationIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Area or neighbourhood, case-insensitive.' })
  areas?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Has one of these among their preferred languages.' })
  languages?: string[] | null;

  @Field(() => [CustomFieldConditionInput], { nullable: true })
  customFields?: CustomFieldConditionInput[] | null;

  @Field(() => DateRangeInput, { nullable: true })
  joined?: DateRangeInput | null;

  @Field(() => DateRangeInput, { nullable: true })
  lastActivity?: DateRangeInput | null;

  @Field(() => [ConsentChannel], {
    nullable: true,
    description: 'Has currently granted consent for every one of these channels.',
  })
  consentGranted?: ConsentChannel[] | null;

  @Field(() => [ID], { nullable: true, description: 'Point person (a user) is one of these.' })
  assignedOrganizerIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Has no point person (OR-ed with assignedOrganizerIds).',
  })
  unassigned?: boolean | null;

  @Field(() => [PersonStatus], { nullable: true, description: 'ACTIVE, INACTIVE or DO_NOT_CONTACT.' })
  statuses?: PersonStatus[] | null;
}

@InputType()
export class CreateSegmentInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => SegmentFilterInput)
  filter!: SegmentFilterInput;
}

@InputType()
export class UpdateSegmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => SegmentFilterInput, { nullable: true, description: 'Replaces the whole filter.' })
  filter?: SegmentFilterInput | null;
}

@InputType()
export class DeleteSegmentInput {
  @Field(() => ID)
  id!: string;
}
