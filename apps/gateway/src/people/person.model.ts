import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';
import { JsonObjectScalar } from '../custom-fields/json-object.scalar';
import { PersonSource, PersonStatus } from './person-enums';

@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;

  @Field()
  firstName!: string;

  @Field()
  lastName!: string;

  @Field(() => String, { nullable: true, description: 'e.g. she/her, they/them.' })
  pronouns!: string | null;

  @Field(() => String, { nullable: true, description: 'The primary email; `emails` lists every one.' })
  email!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The primary phone, E.164, e.g. +14155550123; `phones` lists every one.',
  })
  phone!: string | null;

  @Field({ description: 'Whether the primary phone takes SMS.' })
  phoneSms!: boolean;

  @Field(() => String, { nullable: true })
  addressLine1!: string | null;

  @Field(() => String, { nullable: true })
  addressLine2!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'State, province or county.' })
  region!: string | null;

  @Field(() => String, { nullable: true })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, e.g. US.' })
  country!: string | null;

  @Field(() => String, { nullable: true, description: 'Area or neighbourhood, as the coalition names it.' })
  area!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The first of preferredLanguages: a language tag such as en or pt-BR.',
  })
  preferredLanguage!: string | null;

  @Field(() => [String], { description: 'Language tags, most preferred first.' })
  preferredLanguages!: string[];

  @Field(() => String, { nullable: true, description: 'The date the person joined, YYYY-MM-DD.' })
  joinedOn!: string | null;

  @Field(() => PersonSource, { nullable: true })
  source!: PersonSource | null;

  @Field(() => String, { nullable: true, description: 'Which event, petition, import…' })
  sourceDetail!: string | null;

  @Field(() => ID, { nullable: true, description: 'With source REFERRAL: the person who referred them.' })
  referredByPersonId!: string | null;

  @Field(() => PersonStatus)
  status!: PersonStatus;

  @Field(() => ID, { nullable: true, description: 'The user who is this person’s point person.' })
  assignedOrganizerId!: string | null;

  @Field(() => String, { nullable: true, description: 'An id in another system; unique in the coalition.' })
  externalId!: string | null;

  @Field(() => JsonObjectScalar, { description: 'Values by custom field key (see customFields).' })
  customFields!: Record<string, unknown>;

  @Field(() => [String])
  tags!: string[];

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  archivedAt!: string | null;
}

@ObjectType()
export class PersonConnection extends Connection(Person, 'Person') {}
