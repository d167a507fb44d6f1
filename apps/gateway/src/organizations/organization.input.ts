import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from './local-date.scalar';
import { DuesPeriod, OrganizationMembershipStatus, OrganizationType } from './organization.model';

@InputType()
export class DuesInput {
  @Field(() => Int, { description: 'In the currency’s minor unit (cents for EUR and USD).' })
  amountMinor!: number;

  @Field({ description: 'ISO 4217 code, e.g. EUR.' })
  currency!: string;

  @Field(() => DuesPeriod)
  period!: DuesPeriod;

  @Field(() => LocalDateScalar, { nullable: true })
  paidUntil?: string | null;
}

@InputType()
export class CreateOrganizationInput {
  @Field(() => OrganizationType)
  type!: OrganizationType;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  sector?: string | null;

  @Field(() => String, { nullable: true })
  area?: string | null;

  @Field(() => OrganizationMembershipStatus, {
    nullable: true,
    description: 'PROSPECT when left out. Becoming MEMBER or FORMER without a date records today.',
  })
  membershipStatus?: OrganizationMembershipStatus | null;

  @Field(() => LocalDateScalar, { nullable: true })
  joinedOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  leftOn?: string | null;

  @Field(() => DuesInput, { nullable: true })
  dues?: DuesInput | null;

  @Field(() => [ID], { nullable: true, description: 'People of the coalition, at most 20, in order.' })
  contactPersonIds?: string[] | null;
}

/** Fields left out stay as they are; `null` clears an optional field (and `dues: null` the dues). */
@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationType, { nullable: true })
  type?: OrganizationType | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  sector?: string | null;

  @Field(() => String, { nullable: true })
  area?: string | null;

  @Field(() => OrganizationMembershipStatus, { nullable: true })
  membershipStatus?: OrganizationMembershipStatus | null;

  @Field(() => LocalDateScalar, { nullable: true })
  joinedOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  leftOn?: string | null;

  @Field(() => DuesInput, { nullable: true })
  dues?: DuesInput | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the contacts; `[]` or null removes them all.' })
  contactPersonIds?: string[] | null;
}

@InputType()
export class ArchiveOrganizationInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class AddAffiliationInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => String, { nullable: true })
  role?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startedOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Set to record a past affiliation.' })
  endedOn?: string | null;
}

@InputType()
export class EndAffiliationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Today (UTC) when left out.' })
  endedOn?: string | null;
}

@InputType()
export class RemoveAffiliationInput {
  @Field(() => ID)
  id!: string;
}
