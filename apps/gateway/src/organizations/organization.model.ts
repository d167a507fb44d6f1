import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DuesPeriod as DuesPeriodSchema,
  OrganizationMembershipStatus as OrganizationMembershipStatusSchema,
  OrganizationType as OrganizationTypeSchema,
} from '@groundwork/contracts';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';
import { LocalDateScalar } from './local-date.scalar';

export const OrganizationType = OrganizationTypeSchema.enum;
export type OrganizationType = OrganizationTypeSchema;
registerEnumType(OrganizationType, { name: 'OrganizationType' });

export const OrganizationMembershipStatus = OrganizationMembershipStatusSchema.enum;
export type OrganizationMembershipStatus = OrganizationMembershipStatusSchema;
registerEnumType(OrganizationMembershipStatus, {
  name: 'OrganizationMembershipStatus',
  description: 'Where the organization stands as a member of the coalition.',
});

export const DuesPeriod = DuesPeriodSchema.enum;
export type DuesPeriod = DuesPeriodSchema;
registerEnumType(DuesPeriod, { name: 'DuesPeriod' });

@ObjectType()
export class Dues {
  @Field(() => Int, { description: 'In the currency’s minor unit (cents for EUR and USD).' })
  amountMinor!: number;

  @Field({ description: 'ISO 4217 code, e.g. EUR.' })
  currency!: string;

  @Field(() => DuesPeriod)
  period!: DuesPeriod;

  @Field(() => LocalDateScalar, { nullable: true })
  paidUntil!: string | null;
}

/** A member organization; `contacts` and `people` are resolved fields. */
@ObjectType()
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationType)
  type!: OrganizationType;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  sector!: string | null;

  @Field(() => String, { nullable: true, description: 'Area or neighbourhood.' })
  area!: string | null;

  @Field(() => OrganizationMembershipStatus)
  membershipStatus!: OrganizationMembershipStatus;

  @Field(() => LocalDateScalar, { nullable: true })
  joinedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  leftOn!: string | null;

  @Field(() => Dues, { nullable: true })
  dues!: Dues | null;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  archivedAt!: string | null;
}

@ObjectType()
export class OrganizationConnection extends Connection(Organization, 'Organization') {}

/** A person's tie to an organization; `person` and `organization` are resolved fields. */
@ObjectType()
export class Affiliation {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'E.g. steward, pastor, board member.' })
  role!: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null while the affiliation is open.' })
  endedOn!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: string;
}

@ObjectType()
export class AffiliationConnection extends Connection(Affiliation, 'Affiliation') {}

@ObjectType()
export class RemovedRecord {
  @Field(() => ID, { description: 'The id of the record that no longer exists.' })
  id!: string;
}
